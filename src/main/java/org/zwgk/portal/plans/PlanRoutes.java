package org.zwgk.portal.plans;

import io.quarkus.qute.TemplateExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Addresses of the plans' pages ({@code {plan:…}} is not needed: templates call these as {@code planroute:…}). */
@TemplateExtension(namespace = "planroute")
public final class PlanRoutes {

    private PlanRoutes() {
    }

    public static String plans() {
        return "/plans";
    }

    public static String plan(String code) {
        return "/plans/" + encode(code);
    }

    public static String row(String code, int number) {
        return plan(code) + "/rows/" + number;
    }

    public static String report(String code, int number) {
        return row(code, number) + "/report";
    }

    public static String dashboard(String code) {
        return plan(code) + "/dashboard";
    }

    public static String dashboardCsv(String code) {
        return plan(code) + "/dashboard.csv";
    }

    public static String unit(String code, String organization) {
        return plan(code) + "/units/" + encode(organization);
    }

    /** An organization's rows in the newest plan (from the 政府信息公开 column of that organization). */
    public static String units(String organization) {
        return plans() + "/units?org=" + encode(organization);
    }

    public static String api(String code) {
        return "/api/v1/plans/" + encode(code);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
