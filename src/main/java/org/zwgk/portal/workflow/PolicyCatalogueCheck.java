package org.zwgk.portal.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.documents.DocumentMetadata;
import org.zwgk.portal.web.UserError;

import java.util.List;

/**
 * A policy document (政策文件) goes to review only with its catalogue entries: 主题分类, 体裁分类 and
 * 成文日期 are what the 政府信息公开目录 lists it by and what its browse pages and facets group it
 * under; a policy published without them is missing from those (browser walk: all three were
 * optional, and a policy went public with none). Saving a draft without them stays possible.
 */
@ApplicationScoped
class PolicyCatalogueCheck implements SubmissionCheck {

    /** The catalogue's fields the reviewer is told of that a policy needs; 文号 stays a notice (not every policy has one). */
    static final List<DraftInput.Field> REQUIRED = List.of(DraftInput.Field.TOPIC, DraftInput.Field.GENRE, DraftInput.Field.WRITTEN_ON);

    @Override
    public void check(Draft draft) {
        DocumentMetadata m = draft.meta;
        if (m == null || m.type != DocumentType.POLICY) {
            return;
        }
        List<UserError.Invalid> missing = draft.missingCatalogueFields().stream().filter(REQUIRED::contains)
                .map(PolicyCatalogueCheck::needed).toList();
        if (!missing.isEmpty()) {
            throw UserError.invalid(missing);
        }
    }

    static UserError.Invalid needed(DraftInput.Field field) {
        String label = DraftInput.Field.label(field.param);
        return new UserError.Invalid(field.param, m -> m.draftPolicyNeeds(label));
    }
}
