package org.zwgk.portal.requests;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.zwgk.portal.access.CurrentUser;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.common.ReceiptSecrets;
import org.zwgk.portal.privacy.Deidentifier;
import org.zwgk.portal.web.ErrorResponses;
import org.zwgk.portal.web.FormBinding;
import org.zwgk.portal.web.FormTokens;
import org.zwgk.portal.web.Messages;
import org.zwgk.portal.web.Routes;
import org.zwgk.portal.web.UserError;

import java.util.List;
import java.util.Optional;

/**
 * 依申请公开 for the applicant, under {@code /ysqgk}: the form (works without JavaScript, keeps what
 * was typed and names every wrong field), the receipt with tracking code and secret (shown once,
 * printable), and the status lookup by code and secret (posted, never in an address), where the
 * applicant sees the status, the legal deadline, the answer and its 告知书, and sends a 补正.
 * Pages that carry a request are never cached; the applicant's name appears only masked.
 */
@Path("/ysqgk")
@Produces(MediaType.TEXT_HTML)
public class PublicRequestResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(FormPage page);

        static native TemplateInstance receipt(RequestService.Receipt receipt, String organization, String applicant,
                                               String submittedAt, InfoRequest request, String asked, String purpose);

        static native TemplateInstance lookup(String code, String error);

        static native TemplateInstance paper(List<Organization> organizations, List<ApplicantType> applicantTypes, List<IdType> idTypes,
                                             List<InfoFormat> formats, List<Delivery> deliveries);

        static native TemplateInstance status(RequestView view, String secret, String done, String error);
    }

    private final RequestService service;
    private final RequestViews views;
    private final CurrentUser current;
    private final Messages messages;
    private final ApplicantCipher cipher;
    private final Deidentifier deidentifier;
    private final NoticePdf pdf;
    private final RequestFiles files;
    private final FormSubmissions submissions;
    private final FormTokens tokens;

    PublicRequestResource(RequestService service, RequestViews views, CurrentUser current, Messages messages,
                          ApplicantCipher cipher, Deidentifier deidentifier, NoticePdf pdf, RequestFiles files,
                          FormSubmissions submissions, FormTokens tokens) {
        this.tokens = tokens;
        this.files = files;
        this.submissions = submissions;
        this.service = service;
        this.views = views;
        this.current = current;
        this.messages = messages;
        this.cipher = cipher;
        this.deidentifier = deidentifier;
        this.pdf = pdf;
    }

    @GET
    @Transactional
    public Response form(@RestQuery String org) {
        RequestInput input = new RequestInput();
        input.organization = org;
        input.applicantType = ApplicantType.NATURAL_PERSON.name();
        input.idType = IdType.RESIDENT_ID.name();
        input.infoFormat = InfoFormat.ELECTRONIC.name();
        input.delivery = Delivery.ONLINE.name();
        input.submission = submissions.issue();
        input.formToken = tokens.issue();
        return noStore(Response.ok(Templates.form(new FormPage(Organization.receivingRequests(), input, null, List.of(), cipher.ready())).render()));
    }

    /**
     * The same application on paper, to print, fill in by hand and post or hand in (条例 §29: 采用包括信件
     * … 在内的书面形式): for whoever cannot apply online, and what the 一号答 answer promises.
     */
    @GET
    @Path("paper")
    @Transactional
    public String paper() {
        return Templates.paper(Organization.receivingRequests(), List.of(ApplicantType.values()), List.of(IdType.values()),
                List.of(InfoFormat.values()), List.of(Delivery.values())).render();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(MultivaluedMap<String, String> posted) {
        RequestInput input = FormBinding.bind(posted, RequestInput.class);
        Optional<String> earlier = submissions.claim(input.submission);
        Optional<RequestService.Receipt> kept = earlier.flatMap(code -> submissions.receipt(input.submission));
        if (kept.isPresent()) {
            // the receipt refreshed: the same application's receipt again, its secret included
            return noStore(Response.ok(receiptPage(kept.get(), input)));
        }
        if (earlier.isPresent()) {
            // the same form again: its application exists (or is being written); no second one
            String html = Templates.lookup(earlier.get(), Ysq.text().ysqAlreadySubmitted(earlier.get())).render();
            return noStore(Response.fromResponse(ErrorResponses.page(409, html)));
        }
        RequestService.Receipt receipt;
        try {
            // the message form's rule (web.FormTokens): not sent sooner after it was served than a person fills it in
            receipt = service.submit(input, current.actor(), () -> tokens.spendOrRefuse(input.formToken, () -> Ysq.text().ysqFormUsed()));
        } catch (RuntimeException e) {
            // refused, or failed before anything was written: the same form may be sent again
            submissions.release(input.submission);
            if (!(e instanceof UserError refused)) {
                throw e;
            }
            // shown again with its token while it is good and unspent, so the wait counts from when the form first came
            input.formToken = tokens.renew(input.formToken);
            String html = QuarkusTransaction.requiringNew().call(() -> Templates.form(new FormPage(Organization.receivingRequests(), input,
                    refused.message(messages), refused.fieldMessages(messages), cipher.ready())).render());
            return noStore(Response.fromResponse(ErrorResponses.page(refused.status(), html)));
        }
        submissions.done(input.submission, receipt);
        return noStore(Response.ok(receiptPage(receipt, input)));
    }

    private String receiptPage(RequestService.Receipt receipt, RequestInput input) {
        return QuarkusTransaction.requiringNew().call(() -> {
            InfoRequest r = InfoRequest.findById(receipt.id());
            // what was asked is repeated, so the printed receipt stands for the application; masked as the
            // name is, since a receipt is printed and left on counters (an ID number typed into the description)
            return Templates.receipt(receipt, r.organization.name, deidentifier.maskName(input.name),
                    org.zwgk.portal.web.TemplateExtensions.dateTime(r.submittedAt), r, deidentifier.maskCitizenText(r.description),
                    r.purpose == null ? null : deidentifier.maskCitizenText(r.purpose)).render();
        });
    }

    @GET
    @Path("status")
    public Response lookupForm(@RestQuery String code) {
        return noStore(Response.ok(Templates.lookup(code, null).render()));
    }

    @POST
    @Path("status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response status(@RestForm String code, @RestForm String secret) {
        if (ReceiptSecrets.isLetterCode(code)) {
            // a letter's code typed here: the letters' look-up answers it, with the same form (307)
            return Response.temporaryRedirect(java.net.URI.create(Routes.followLetter())).build();
        }
        return showing(code, secret, () -> service.lookup(code, secret, current.address()), null);
    }

    @POST
    @Path("status/correction")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response correction(@RestForm String code, @RestForm String secret, @RestForm String correctionText) {
        return showing(code, secret, () -> service.correct(code, secret, correctionText, current.actor()),
                Ysq.text().ysqCorrectionSent());
    }

    /** The answer's 告知书 as PDF, for whoever holds code and secret. */
    @POST
    @Path("status/notice.pdf")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("application/pdf")
    public Response notice(@RestForm String code, @RestForm String secret) {
        Notice notice = QuarkusTransaction.requiringNew().call(() -> {
            InfoRequest r = service.lookup(code, secret, current.address());
            if (r.answerType == null) {
                throw UserError.notFound(m -> Ysq.text().ysqNoAnswerYet());
            }
            // the applicant's own notice names them in full: who holds code and secret is the applicant
            return new Notice(pdf.render(views.of(r, true)), r.trackingCode);
        });
        return noStore(Response.ok(notice.pdf(), "application/pdf")
                .header("Content-Disposition", NoticePdf.contentDisposition(notice.trackingCode())));
    }

    /** The rendered 告知书 and the tracking code its file is named by, read in one transaction. */
    private record Notice(byte[] pdf, String trackingCode) {
    }

    /**
     * A file of the answer, for whoever holds code and secret (posted, never in an address): a wrong
     * pair counts against the address like a wrong status lookup, and a file of another request is
     * 404 as for none.
     */
    @POST
    @Path("status/files/{file}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response file(@org.jboss.resteasy.reactive.RestPath long file, @RestForm String code, @RestForm String secret) {
        try {
            return files.forApplicant(code, secret, file, current.actor()).response();
        } catch (UserError e) {
            if (e.status() == 404 || e.status() == 429) {
                return noStore(Response.fromResponse(ErrorResponses.page(e.status(),
                        Templates.lookup(code, e.message(messages)).render())));
            }
            throw e;
        }
    }

    private Response showing(String code, String secret, java.util.function.Supplier<InfoRequest> action, String done) {
        try {
            String html = QuarkusTransaction.requiringNew().call(() -> {
                InfoRequest r = action.get();
                return Templates.status(views.of(r, false), secret, done, null).render();
            });
            return noStore(Response.ok(html));
        } catch (UserError refused) {
            UserError e = refused;
            if (e.status() == 400 || e.status() == 409) {
                // a refused correction: the status again, with why
                String why = e.message(messages);
                try {
                    String html = QuarkusTransaction.requiringNew().call(() -> Templates.status(
                            views.of(service.lookup(code, secret, current.address()), false), secret, null, why).render());
                    return noStore(Response.fromResponse(ErrorResponses.page(refused.status(), html)));
                } catch (UserError again) {
                    e = again;
                }
            }
            String message = e.message(messages);
            return noStore(Response.fromResponse(ErrorResponses.page(e.status(), Templates.lookup(code, message).render())));
        }
    }

    private static Response noStore(Response.ResponseBuilder r) {
        return r.header("Cache-Control", "no-store").build();
    }
}
