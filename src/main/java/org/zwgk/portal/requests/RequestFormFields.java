package org.zwgk.portal.requests;

import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.web.TypedFields;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The typed fields of the 依申请公开 form and of the 补正 form on the status page, for the page of a
 * refused (expired) form; the selects (受理机关, 申请人类型, 证件类型, 载体形式, 获取方式) are left out.
 */
@ApplicationScoped
class RequestFormFields implements TypedFields {

    private static final List<String> APPLICATION = List.of("name", "idNumber", "creditCode", "contactPerson", "phone", "email",
            "address", "postcode", "description", "purpose");

    private final RequestMessages ysq;

    RequestFormFields(RequestMessages ysq) {
        this.ysq = ysq;
    }

    @Override
    public Optional<Form> formPostedTo(String postedPath) {
        Map<String, String> labels = new LinkedHashMap<>();
        if ("/ysqgk".equals(postedPath)) {
            APPLICATION.forEach(field -> labels.put(field, ysq.ysqField(field)));
            return Optional.of(new Form("/ysqgk", labels));
        }
        if ("/ysqgk/status/correction".equals(postedPath)) {
            // the status page shows the correction form only after the code and secret are posted again
            labels.put("correctionText", ysq.ysqField("correctionText"));
            return Optional.of(new Form("/ysqgk/status", labels));
        }
        return Optional.empty();
    }
}
