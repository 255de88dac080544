package org.zwgk.portal.requests;

import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.web.UserError;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The request form as shown: what was typed, and each wrong field's message by field name. */
public record FormPage(List<Organization> organizations, RequestInput input, String error,
                       List<UserError.FieldMessage> problems, boolean ready) {

    public Map<String, String> errors() {
        Map<String, String> m = new LinkedHashMap<>();
        problems.forEach(p -> m.putIfAbsent(p.field(), p.message()));
        return m;
    }

    public List<ApplicantType> applicantTypes() {
        return Arrays.asList(ApplicantType.values());
    }

    public List<IdType> idTypes() {
        return Arrays.asList(IdType.values());
    }

    public List<InfoFormat> formats() {
        return Arrays.asList(InfoFormat.values());
    }

    public List<Delivery> deliveries() {
        return Arrays.asList(Delivery.values());
    }
}
