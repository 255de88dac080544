package org.zwgk.portal.answers;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

/**
 * The public 一号答 page under {@code /hudong/answers}: the box (answers on the next page without
 * JavaScript, as you type with it) and every pair, by the topics of content/interaction/answer-topics.yaml.
 */
@Path("/hudong/answers")
@Produces(MediaType.TEXT_HTML)
public class AnswersPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance answers(String q, List<AnswerApiResource.Result> results, List<RelatedDocuments.Doc> documents, List<Topic> topics);
    }

    /** A topic and its pairs; the pairs in no topic have an empty name. */
    public record Topic(String name, List<AnswerRanker.Entry> entries) {
    }

    private final KnowledgeBase knowledgeBase;
    private final java.nio.file.Path contentDir;
    private final RelatedDocuments related;

    AnswersPageResource(KnowledgeBase knowledgeBase, RelatedDocuments related, org.zwgk.portal.common.PortalConfig config) {
        this.knowledgeBase = knowledgeBase;
        this.related = related;
        this.contentDir = config.contentDir();
    }

    @GET
    @Transactional
    public String page(@RestQuery String q) {
        String query = q == null ? "" : q.strip();
        List<AnswerApiResource.Result> results = query.isEmpty() ? List.of() : AnswerApiResource.find(knowledgeBase, query, 5);
        // without JavaScript the documents the box would have shown come here, beside the answers
        List<RelatedDocuments.Doc> documents = query.isEmpty() ? List.of() : related.find(query, 3);
        return Templates.answers(query, results, documents, topics(knowledgeBase.all())).render();
    }

    /** The topics of content/interaction/answer-topics.yaml with their pairs; pairs in none under 其他. */
    List<Topic> topics(List<AnswerRanker.Entry> all) {
        java.util.Map<String, List<AnswerRanker.Entry>> groups = new java.util.LinkedHashMap<>();
        java.util.Set<AnswerRanker.Entry> placed = new java.util.HashSet<>();
        for (java.util.Map.Entry<String, List<String>> t : topicKeys().entrySet()) {
            List<AnswerRanker.Entry> in = all.stream().filter(e -> t.getValue().contains(e.key())).toList();
            placed.addAll(in);
            groups.put(t.getKey(), in);
        }
        List<AnswerRanker.Entry> rest = all.stream().filter(e -> !placed.contains(e)).toList();
        groups.put("", rest); // 其他, named by the page
        return groups.entrySet().stream().filter(g -> !g.getValue().isEmpty()).map(g -> new Topic(g.getKey(), g.getValue())).toList();
    }

    @SuppressWarnings("unchecked")
    private java.util.Map<String, List<String>> topicKeys() {
        java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        java.nio.file.Path file = contentDir.resolve("interaction").resolve("answer-topics.yaml");
        if (!java.nio.file.Files.isRegularFile(file)) {
            return out;
        }
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            Object loaded = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(new org.yaml.snakeyaml.LoaderOptions())).load(in);
            if (loaded instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof java.util.Map<?, ?> m && m.get("topic") != null && m.get("keys") instanceof List<?> keys) {
                        out.put(String.valueOf(m.get("topic")), keys.stream().map(String::valueOf).toList());
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }
}
