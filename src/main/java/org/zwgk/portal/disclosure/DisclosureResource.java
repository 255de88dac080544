package org.zwgk.portal.disclosure;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.zwgk.portal.annualreport.AnnualReportService;
import org.zwgk.portal.channels.Channel;
import org.zwgk.portal.documents.DocumentCatalog;
import org.zwgk.portal.documents.DocumentFilter;
import org.zwgk.portal.documents.DocumentSummary;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.records.RecordCatalog;
import org.zwgk.portal.records.RecordTypes;
import org.zwgk.portal.web.PageRequest;
import org.zwgk.portal.web.Routes;
import org.zwgk.portal.web.SiteInfo;
import org.zwgk.portal.web.UserError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The parts of the 政府信息公开 专栏 the 2019 regulation requires, next to the catalogue: the guide
 * and the rules (documents in the channels site.yaml names), 法定主动公开内容 (Art. 19–20, each
 * category with the channels that hold it), the annual reports (one channel per organization) and
 * how to apply. With {@code ?org=} every part is that organization's own.
 */
@Path("/xxgk/{part: guide|rules|statutory|reports|apply}")
@Produces(MediaType.TEXT_HTML)
public class DisclosureResource {

    /** The organization whose column this is, or null for the whole site. */
    public record Org(String code, String name) {
    }

    /**
     * A channel worth linking (it has something published, for the organization when one is chosen), or
     * a type of records (行政许可, 重大建设项目 …): a searchable list the category's information goes to,
     * linked however many it holds yet.
     */
    public record ChannelLink(String name, String url, long count, boolean records) {
    }

    public record Category(String key, List<ChannelLink> channels) {
    }

    /**
     * An organ's line of the annual reports: last year's report when published, else when it is due and
     * whether that day has passed (the city's government reports by 3月31日, its departments by 1月31日:
     * 条例第四十九条、第五十条); and the channel of all its reports.
     */
    public record Report(String organization, ChannelLink channel, String reportTitle, String reportUrl, int year,
                         java.time.LocalDate due, boolean late) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance documents(String part, Org org, String orgCode, List<DocumentSummary> documents);

        static native TemplateInstance statutory(String part, Org org, String orgCode, List<Category> categories);

        static native TemplateInstance reports(String part, Org org, String orgCode, List<Report> reports);

        static native TemplateInstance apply(String part, Org org, String orgCode);
    }

    static final List<String> CATEGORIES = List.of("a19", "a20-1", "a20-2", "a20-3", "a20-4", "a20-5", "a20-6",
            "a20-7", "a20-8", "a20-9", "a20-10", "a20-11", "a20-12", "a20-13", "a20-14", "a20-15");

    private final DocumentCatalog documents;
    private final SiteInfo site;
    private final RecordTypes recordTypes;
    private final RecordCatalog records;

    DisclosureResource(DocumentCatalog documents, SiteInfo site, RecordTypes recordTypes, RecordCatalog records) {
        this.documents = documents;
        this.site = site;
        this.recordTypes = recordTypes;
        this.records = records;
    }

    @GET
    @Transactional
    public TemplateInstance part(@PathParam("part") String part, @QueryParam("org") String orgCode) {
        Organization organization = orgCode == null || orgCode.isBlank() ? null : Organization.findByCode(orgCode.trim())
                .orElseThrow(() -> UserError.badInput("org", m -> m.unknownOrganization(orgCode)));
        Org org = organization == null ? null : new Org(organization.code, organization.name);
        return switch (part) {
            case "guide" -> channelDocuments(part, org, organization, "disclosure.guideChannel");
            case "rules" -> channelDocuments(part, org, organization, "disclosure.rulesChannel");
            case "statutory" -> Templates.statutory(part, org, org == null ? "" : org.code(), categories(organization));
            // last year's reports, due this year (条例第四十九条、第五十条)
            case "reports" -> Templates.reports(part, org, org == null ? "" : org.code(), reports(organization));
            default -> Templates.apply(part, org, org == null ? "" : org.code());
        };
    }

    private TemplateInstance channelDocuments(String part, Org org, Organization organization, String key) {
        List<DocumentSummary> found = Channel.findByCode(site.get(key))
                .map(c -> documents.list(new DocumentFilter(organization, c, null, null, null), new PageRequest(1, 50)).results())
                .orElse(List.of());
        return Templates.documents(part, org, org == null ? "" : org.code(), found);
    }

    private List<Category> categories(Organization organization) {
        // the organs' own documents only: a channel of republished laws (法律法规) is no organ's 规范性文件
        Map<String, Long> counts = documents.countOwnByChannel(organization == null ? null : organization.code);
        Map<String, Long> recordCounts = records.counts(organization == null ? null : organization.code);
        List<Category> out = new ArrayList<>();
        for (String key : CATEGORIES) {
            List<ChannelLink> links = new ArrayList<>();
            for (String code : site.codes("statutory." + key)) {
                long n = counts.getOrDefault(code, 0L);
                if (n > 0) {
                    Channel.findByCode(code).ifPresent(c -> links.add(new ChannelLink(c.name,
                            organization == null ? Routes.channel(c.code) : Routes.catalogChannel(organization.code, c.code), n, false)));
                }
                // citizen walk: 行政许可 said 本网站尚未开设此类信息的栏目 while /records/xzxk was there to search
                recordTypes.find(code).ifPresent(t -> links.add(new ChannelLink(t.name(),
                        organization == null ? Routes.records(t.code()) : Routes.records(t.code()) + "?organization=" + organization.code,
                        recordCounts.getOrDefault(t.code(), 0L), true)));
            }
            out.add(new Category(key, links));
        }
        return out;
    }

    private static int lastYear() {
        return today().getYear() - 1;
    }

    private static java.time.LocalDate today() {
        return java.time.LocalDate.now(org.zwgk.portal.common.PortalConfig.ZONE);
    }

    private List<Report> reports(Organization organization) {
        String prefix = site.get("disclosure.annualReportPrefix");
        Map<String, Long> counts = documents.countByChannel(null);
        List<Report> out = new ArrayList<>();
        for (Organization o : organization == null ? Organization.listOrdered() : List.of(organization)) {
            String code = prefix + o.code;
            Channel channel = prefix.isBlank() ? null : Channel.findByCode(code).orElse(null);
            if (channel == null) {
                continue;   // not an organ that reports (人大, 政协, party offices, institutions)
            }
            long n = counts.getOrDefault(code, 0L);
            int year = lastYear();
            java.time.LocalDate due = AnnualReportService.due(o, year);
            var report = AnnualReportService.publishedReport(code, year);
            out.add(new Report(o.name, n > 0 ? new ChannelLink(channel.name, Routes.channel(code), n, false) : null,
                    report.map(d -> d.meta.title).orElse(null), report.map(d -> Routes.document(d.id)).orElse(null), year, due,
                    report.isEmpty() && today().isAfter(due)));
        }
        return out;
    }
}
