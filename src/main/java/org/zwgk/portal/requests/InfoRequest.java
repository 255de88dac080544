package org.zwgk.portal.requests;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.zwgk.portal.organizations.Organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One 政府信息公开申请. The applicant's personal data is only here sealed ({@link #applicantSealed},
 * opened by {@link ApplicantCipher} for the handling organization); the status lookup's secret only
 * as its hash. Nothing of a request is ever public.
 */
@Entity
@Table(name = "info_request")
public class InfoRequest extends PanacheEntity {

    public String trackingCode;
    public String secretHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organization organization;

    @Enumerated(EnumType.STRING)
    public RequestStatus status;
    @Enumerated(EnumType.STRING)
    public ApplicantType applicantType;

    @Column(name = "applicant_key")
    public String applicantKey;
    public String applicantSealed;

    public String description;
    public String purpose;
    @Enumerated(EnumType.STRING)
    public InfoFormat infoFormat;
    @Enumerated(EnumType.STRING)
    public Delivery delivery;

    public Instant submittedAt;
    /** 收到申请之日: the day of 登记; the regulation in force that day decides the clock. */
    public LocalDate receivedOn;
    /** The day the clock counts from: receipt, or the day the correction arrived. */
    public LocalDate clockStart;

    public LocalDate correctionAskedOn;
    public LocalDate correctionDue;
    public String correctionNote;
    public LocalDate correctedOn;
    public String correctionText;

    /** Every consultation, in the order they were started; only one runs at a time. */
    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    @OrderBy("startedOn, id")
    @BatchSize(size = 50)
    public List<RequestConsultation> consultations = new ArrayList<>();

    public int extensionDays;
    public String extensionReason;
    public String extendedBy;

    @Enumerated(EnumType.STRING)
    public AnswerType answerType;
    @Enumerated(EnumType.STRING)
    public AnswerReason answerReason;
    public String answerText;
    public LocalDate answeredOn;
    public String answeredBy;
    /** The reviewer who issued (签发) the answer {@link #answeredBy} drafted. */
    public String answerIssuedBy;

    /** An answer drafted and waiting for a reviewer to issue it (签发); none while null. */
    @Enumerated(EnumType.STRING)
    public AnswerType proposedAnswerType;
    @Enumerated(EnumType.STRING)
    public AnswerReason proposedAnswerReason;
    public String proposedAnswerText;
    public String proposedBy;
    public LocalDate proposedOn;
    /**
     * Who added or took off a file of the answer while it was drafted (space-separated usernames): the
     * files are what is released, so they are its drafters as much as {@link #proposedBy} and none of
     * them issues it (security audit). Kept when a proposal is sent back, cleared when one is issued.
     */
    public String answerFilesChangedBy;
    /** Why a reviewer sent the last proposal back; cleared by the next one. */
    public String proposalReturnedNote;
    public LocalDate archivedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    public Organization transferredFrom;
    public String transferNote;
    public LocalDate transferredOn;

    @Version
    public long lockVersion;
    public Instant updatedAt;

    public ApplicantCipher.Sealed sealed() {
        return new ApplicantCipher.Sealed(applicantKey, applicantSealed);
    }

    public RequestClock.Facts facts() {
        return new RequestClock.Facts(receivedOn, clockStart, consultations.stream().map(RequestConsultation::period).toList(),
                extensionDays);
    }

    /** The consultation that runs now, if any. */
    public Optional<RequestConsultation> runningConsultation() {
        return consultations.stream().filter(c -> c.endedOn == null).findFirst();
    }

    /** The request of this code as its receipt shows it (YSQ2026-YEMS-W5EZ), typed with or without the hyphens or with spaces. */
    public static Optional<InfoRequest> byCode(String code) {
        String compact = org.zwgk.portal.common.ReceiptSecrets.compactCode(code);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(YSQ\\d{4})([A-Z0-9]{4})([A-Z0-9]{4})").matcher(compact);
        return find("trackingCode", m.matches() ? m.group(1) + "-" + m.group(2) + "-" + m.group(3) : compact).firstResultOptional();
    }

    /** An organization's requests, open ones first, newest first. */
    public static List<InfoRequest> ofOrganization(Organization org) {
        return list("organization = ?1 order by submittedAt desc, id desc", org);
    }

    /** The requests of these organizations (all when null) that were received by {@code until}. */
    public static List<InfoRequest> receivedBy(List<Organization> orgs, LocalDate until) {
        if (orgs == null) {
            return list("receivedOn <= ?1", until);
        }
        if (orgs.isEmpty()) {
            return List.of();
        }
        return list("organization in ?1 and receivedOn <= ?2", orgs, until);
    }

    /** 视为放弃申请 (Art. 30): the 补正 asked for never came, so no answer period ever ran. */
    public boolean abandoned() {
        return answerReason == AnswerReason.NO_CORRECTION && correctionAskedOn != null && correctedOn == null;
    }

    public boolean answerProposed() {
        return proposedAnswerType != null;
    }

    /** Whether this person may issue (签发) the drafted answer: a reviewer of the organization, not one of its drafters. */
    public boolean issuableBy(org.zwgk.portal.access.PortalUser user) {
        return answerProposed() && user.has(org.zwgk.portal.access.Role.REVIEWER, organization.code) && !draftedBy(user.username());
    }

    /** Whether this person wrote the drafted answer or changed its files. */
    public boolean draftedBy(String username) {
        return username.equals(proposedBy) || fileEditors().contains(username);
    }

    void fileChangedBy(String username) {
        if (!fileEditors().contains(username)) {
            answerFilesChangedBy = answerFilesChangedBy == null ? username : answerFilesChangedBy + " " + username;
        }
    }

    private java.util.List<String> fileEditors() {
        return answerFilesChangedBy == null ? java.util.List.of() : java.util.List.of(answerFilesChangedBy.split(" "));
    }

    void clearProposal() {
        proposedAnswerType = null;
        proposedAnswerReason = null;
        proposedAnswerText = null;
        proposedBy = null;
        proposedOn = null;
    }
}
