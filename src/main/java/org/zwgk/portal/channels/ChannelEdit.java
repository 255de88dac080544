package org.zwgk.portal.channels;

import io.quarkus.qute.i18n.MessageBundles;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.zwgk.portal.web.validation.PlainText;

import java.util.Arrays;

/** A channel's name and description as its managers type them; every wrong field is named at once. */
public class ChannelEdit {

    /** The form's fields, each with its parameter name; labels are in channellabel_zh_CN.properties. */
    public enum Field {
        NAME("name"), DESCRIPTION("description");

        public final String param;

        Field(String param) {
            this.param = param;
        }

        public static String label(String param) {
            return Arrays.stream(values()).filter(f -> f.param.equals(param)).findFirst()
                    .map(f -> MessageBundles.get(ChannelLabels.class).channelField(f)).orElse(param);
        }
    }

    @NotBlank @Size(max = 200) @PlainText
    public String name;
    @Size(max = 1000) @PlainText
    public String description;

    public ChannelEdit(String name, String description) {
        this.name = name;
        this.description = description;
    }
}
