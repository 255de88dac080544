package org.zwgk.portal.organizations;

import io.quarkus.qute.i18n.MessageBundles;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.zwgk.portal.web.validation.PlainText;

import java.util.Arrays;

/** What an org admin types for a new colleague's account; every wrong field is named at once. */
public class NewColleague {

    /** The form's fields, each with its parameter name; labels are in orglabel_zh_CN.properties. */
    public enum Field {
        USERNAME("username"), DISPLAY_NAME("displayName"), ROLE("role");

        public final String param;

        Field(String param) {
            this.param = param;
        }

        static String label(String param) {
            return Arrays.stream(values()).filter(f -> f.param.equals(param)).findFirst()
                    .map(f -> MessageBundles.get(OrganizationLabels.class).memberField(f)).orElse(param);
        }
    }

    @NotBlank @Pattern(regexp = "\\s*[A-Za-z0-9._-]{2,64}\\s*")
    public String username;
    @NotBlank @Size(max = 50) @PlainText
    public String displayName;
    @NotBlank @org.zwgk.portal.web.validation.Chosen
    public String role;

    public NewColleague(String username, String displayName, String role) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
    }
}
