package org.zwgk.portal.messages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import org.zwgk.portal.web.ErrorResponses;
import org.zwgk.portal.web.FormBinding;
import org.zwgk.portal.web.FormTokens;
import org.zwgk.portal.web.Messages;
import org.zwgk.portal.web.Routes;
import org.zwgk.portal.web.UserError;

import java.util.List;

/**
 * The public 互动交流 pages under {@code /hudong}: the published messages, the message form (works
 * without JavaScript; a refused post shows the form again with everything typed and each wrong field
 * named), the receipt with the tracking code and secret, and following a message with them.
 */
@Path("/hudong")
@Produces(MediaType.TEXT_HTML)
public class HudongResource {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<PublishedMessage> published, int page, int pageCount);

        static native TemplateInstance write(FormPage page);

        static native TemplateInstance receipt(MessageService.Receipt receipt, List<org.zwgk.portal.answers.AnswerRanker.Entry> related,
                                              List<org.zwgk.portal.answers.RelatedDocuments.Doc> documents, String subject, String text);

        static native TemplateInstance follow(String trackingCode, String error);

        static native TemplateInstance status(MessageView view, String secret, String done, Rating rating);
    }

    /**
     * A refused rating as the citizen gave it, shown again in the form: the choice, the reason typed and what was
     * wrong ({@code field}: the one at fault, marked aria-invalid). Null on a page no rating was refused for.
     */
    public record Rating(String satisfaction, String reason, String error, String field) {
        public boolean chose(String value) {
            return value.equals(satisfaction);
        }

        public boolean wrong(String name) {
            return name.equals(field);
        }
    }

    /** One published message in the public list. */
    public record PublishedMessage(long documentId, String title, String organization, java.time.LocalDate receivedOn,
                                   java.time.LocalDate repliedOn, int daysTaken, MessageType type) {
        /** The row of a published message (its public copy is a document, de-identified when it was published). */
        static PublishedMessage of(CitizenMessage m, MessageRules rules) {
            return new PublishedMessage(m.publishedDocument.id, m.publishedDocument.meta.title, m.publishedDocument.organization.name,
                    m.receivedOn, m.repliedOn, rules.daysTaken(m.receivedOn, m.repliedOn), m.type);
        }
    }

    private final MessageService service;
    private final FormTokens tokens;
    private final CurrentUser current;
    private final Messages messages;
    private final MessageRules rules;
    private final org.zwgk.portal.privacy.Deidentifier deidentifier;
    private final org.zwgk.portal.answers.KnowledgeBase knowledgeBase;
    private final org.zwgk.portal.answers.RelatedDocuments relatedDocuments;

    HudongResource(MessageService service, FormTokens tokens, CurrentUser current, Messages messages, MessageRules rules,
                   org.zwgk.portal.privacy.Deidentifier deidentifier, org.zwgk.portal.answers.KnowledgeBase knowledgeBase,
                   org.zwgk.portal.answers.RelatedDocuments relatedDocuments) {
        this.knowledgeBase = knowledgeBase;
        this.relatedDocuments = relatedDocuments;
        this.service = service;
        this.tokens = tokens;
        this.current = current;
        this.messages = messages;
        this.rules = rules;
        this.deidentifier = deidentifier;
    }

    @GET
    @Transactional
    public String index(@RestQuery String page) {
        // as typed: a page number that is none (abc, 0, past the deepest page) is the first page, saying so, never an overflow
        org.zwgk.portal.web.PageAsked asked = org.zwgk.portal.web.PageAsked.of(page, String.valueOf(PAGE_SIZE));
        org.zwgk.portal.web.PageRequest p = asked.request();
        long total = CitizenMessage.publishedCount();
        int pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        List<PublishedMessage> list = CitizenMessage.published(p.offset(), p.size()).stream()
                .map(m -> PublishedMessage.of(m, rules)).toList();
        return asked.on(Templates.index(list, p.page(), pageCount)).render();
    }

    @GET
    @Path("write")
    @Transactional
    public Response writeForm() {
        return noStore(Templates.write(FormPage.blank(tokens.issue(), Organization.listOrdered())).render(), 200);
    }

    @POST
    @Path("write")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response write(MultivaluedMap<String, String> posted) {
        MessageInput input = FormBinding.bind(posted, MessageInput.class);
        String token = posted.getFirst("formToken");
        try {
            MessageService.Receipt receipt = service.submit(input, current.address(), () -> spend(token));
            // without JavaScript the answers and documents the form would have suggested come here, on the next page
            List<org.zwgk.portal.answers.AnswerRanker.Entry> related = knowledgeBase.ranker().rank(input.subject, 3).stream()
                    .map(org.zwgk.portal.answers.AnswerRanker.Scored::entry).toList();
            // the letter is repeated, masked as its public copy would be, so the receipt says which one it is
            org.zwgk.portal.privacy.Deidentifier.Letter letter = deidentifier.letter(input.subject, input.text, input.contact, java.util.List.of());
            return noStore(Templates.receipt(receipt, related, relatedDocuments.find(input.subject, 3), letter.subject(), letter.body())
                    .render(), 200);
        } catch (UserError e) {
            // nothing was written; the form comes back with everything typed and its token, still good if it was
            String html = QuarkusTransaction.requiringNew().call(() -> Templates.write(
                    new FormPage(input, tokens.renew(token), Organization.listOrdered(), null, List.of(), List.of(MessageType.values()))
                            .withError(e.message(messages), e.fieldMessages(messages))).render());
            return noStore(html, e.status());
        }
    }

    private void spend(String token) {
        tokens.spendOrRefuse(token, () -> MessageService.hd().formUsed());
    }

    @GET
    @Path("follow")
    public Response followForm(@RestQuery String code) {
        return noStore(Templates.follow(code == null ? "" : code, null).render(), 200);
    }

    @POST
    @Path("follow")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response follow(@RestForm String code, @RestForm String secret) {
        if (org.zwgk.portal.common.ReceiptSecrets.isRequestCode(code)) {
            // a 依申请公开 code typed here (the home page offers one 办理进度查询 for both): its own look-up
            // answers it, with the same form posted again (307 keeps the method and the body)
            return Response.temporaryRedirect(java.net.URI.create(Routes.requestStatus())).build();
        }
        try {
            String html = QuarkusTransaction.requiringNew().call(() ->
                    Templates.status(MessageView.of(service.follow(code, secret, current.address()), rules, service.today(), deidentifier, false),
                            secret, null, null).render());
            return noStore(html, 200);
        } catch (UserError e) {
            return noStore(Templates.follow(code == null ? "" : code, e.message(messages)).render(), e.status());
        }
    }

    @POST
    @Path("follow/rate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rate(@RestForm String code, @RestForm String secret, @RestForm String satisfaction, @RestForm String reason) {
        try {
            CitizenMessage rated = service.rate(code, secret, satisfaction, reason, current.address());
            String html = QuarkusTransaction.requiringNew().call(() -> {
                MessageView view = MessageView.of(service.follow(code, secret, current.address()), rules, service.today(), deidentifier, false);
                return Templates.status(view, secret, ratedText(rated, view), null).render();
            });
            return noStore(html, 200);
        } catch (UserError e) {
            if (e.status() == 404 || e.status() == 429) {
                return noStore(Templates.follow(code == null ? "" : code, e.message(messages)).render(), e.status());
            }
            // a refused field (no reason for 不满意): the form again with the choice and what was typed
            String field = e.fields().stream().findFirst().orElse(null);
            Rating typed = field == null ? null : new Rating(satisfaction, reason, e.message(messages), field);
            String html = QuarkusTransaction.requiringNew().call(() ->
                    Templates.status(MessageView.of(service.follow(code, secret, current.address()), rules, service.today(), deidentifier, false),
                            secret, typed == null ? e.message(messages) : null, typed).render());
            return noStore(html, e.status());
        }
    }

    /**
     * What the rating did, in words: a first 不满意 sends the letter back to be handled again, and the citizen
     * is told to whom and by when (browser walk: the page said only 评价已提交 while the status went back to 办理中).
     * The unit is the one whose reply was rated (the lead unit, which answers again); the day is the new limit the
     * clock gave from today ({@link MessageRules#dueOn}).
     */
    static String ratedText(CitizenMessage rated, MessageView view) {
        HudongMessages h = MessageService.hd();
        if (rated.status == MessageStatus.HANDLING && rated.satisfaction == CitizenMessage.Satisfaction.UNSATISFIED) {
            return h.ratedRedo(view.sentReplyOrg(), rated.dueOn, view.limitDays());
        }
        return h.rated();
    }

    /** Pages with a secret or typed personal data are never kept by a cache. */
    static Response noStore(String html, int status) {
        return Response.status(status).entity(html).type(MediaType.TEXT_HTML_TYPE + ";charset=UTF-8")
                .header("Cache-Control", "no-store").build();
    }
}
