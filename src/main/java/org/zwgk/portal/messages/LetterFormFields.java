package org.zwgk.portal.messages;

import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.web.TypedFields;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The letter form's typed fields, for the page of a refused (expired) form: 标题, 来信内容, 联系方式. */
@ApplicationScoped
class LetterFormFields implements TypedFields {

    private final HudongMessages hd;

    LetterFormFields(HudongMessages hd) {
        this.hd = hd;
    }

    @Override
    public Optional<Form> formPostedTo(String postedPath) {
        if (!"/hudong/write".equals(postedPath)) {
            return Optional.empty();
        }
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("subject", hd.fieldSubject());
        labels.put("text", hd.fieldText());
        labels.put("contact", hd.fieldContact());
        return Optional.of(new Form("/hudong/write", labels));
    }
}
