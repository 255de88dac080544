package org.zwgk.portal.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.zwgk.portal.common.VisibleText;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.web.Messages;
import org.zwgk.portal.web.UserError;
import org.zwgk.portal.web.validation.ContactFormats;
import org.zwgk.portal.web.validation.InputValidation;
import org.zwgk.portal.web.validation.OneOf;
import org.zwgk.portal.web.validation.PlainText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What an applicant types into the request form (条例 Art. 29): who they are (a natural person with an
 * identity document, or an organization with its unified social credit code and a contact person),
 * how to reach them, what they ask for, in which form and how it is to reach them. {@link #check}
 * reports every wrong field at once.
 */
public class RequestInput {

    /** The form's fields in their order on the page. */
    public static final List<String> FIELDS = List.of("organization", "applicantType", "name", "idType", "idNumber",
            "creditCode", "contactPerson", "phone", "email", "address", "postcode", "description", "purpose",
            "infoFormat", "delivery");

    private static final Pattern POSTCODE = Pattern.compile("[0-9]{6}");
    private static final Pattern OTHER_ID = Pattern.compile("[A-Za-z0-9()（）\\-]{5,30}");

    @NotBlank @Size(max = 64) @org.zwgk.portal.web.validation.Chosen
    public String organization;
    @NotBlank @OneOf(ApplicantType.class)
    public String applicantType;
    @NotBlank @Size(max = 100) @PlainText
    public String name;
    @OneOf(IdType.class)
    public String idType;
    @Size(max = 30) @PlainText
    public String idNumber;
    @Size(max = 18) @PlainText
    public String creditCode;
    @Size(max = 50) @PlainText
    public String contactPerson;
    @NotBlank @Size(max = 20) @PlainText
    public String phone;
    @Size(max = 100) @PlainText
    public String email;
    @Size(max = 300) @PlainText
    public String address;
    @Size(max = 6) @PlainText
    public String postcode;
    @NotBlank @Size(max = 4000) @PlainText
    public String description;
    @Size(max = 1000) @PlainText
    public String purpose;
    @NotBlank @OneOf(InfoFormat.class)
    public String infoFormat;
    @NotBlank @OneOf(Delivery.class)
    public String delivery;
    /** The form's submission key ({@link FormSubmissions}), not an answer of the applicant's. */
    @Size(max = 64)
    public String submission;
    /** The form's signed time-based token ({@link org.zwgk.portal.web.FormTokens}): no script posts a served form at once. */
    @Size(max = 200)
    public String formToken;

    static String label(String field) {
        return Ysq.text().ysqField(field);
    }

    /** Every problem of the form, Bean Validation's and the rules between fields, in the form's order. */
    List<UserError.Invalid> check(InputValidation validation) {
        visible();
        List<UserError.Invalid> problems = new ArrayList<>(validation.problems(this, RequestInput::label));
        if (!blank(organization) && ok(problems, "organization") && Organization.findByCode(organization.strip()).filter(o -> o.type.receivesRequests()).isEmpty()) {
            invalid(problems, "organization", m -> m.draftFieldInvalid(label("organization")));
        }
        ApplicantType type = ok(problems, "applicantType") ? ApplicantType.valueOf(applicantType.strip()) : null;
        if (type == ApplicantType.NATURAL_PERSON) {
            required(problems, "idType", idType);
            required(problems, "idNumber", idNumber);
            if (ok(problems, "idType") && ok(problems, "idNumber")) {
                boolean resident = IdType.valueOf(idType.strip()) == IdType.RESIDENT_ID;
                if (resident ? !residentIdValid(idNumber.strip()) : !OTHER_ID.matcher(idNumber.strip()).matches()) {
                    // the rule of the type chosen (browser walk: a passport's number was told the resident ID's rule)
                    invalid(problems, "idNumber", m -> resident ? Ysq.text().ysqBadIdNumber() : Ysq.text().ysqBadOtherIdNumber());
                }
            }
        } else if (type != null) {
            required(problems, "creditCode", creditCode);
            required(problems, "contactPerson", contactPerson);
            if (ok(problems, "creditCode") && !creditCodeValid(creditCode.strip())) {
                invalid(problems, "creditCode", m -> Ysq.text().ysqBadCreditCode());
            }
        }
        if (ok(problems, "phone") && !ContactFormats.isPhone(phone)) {
            invalid(problems, "phone", m -> Ysq.text().ysqBadPhone());
        }
        boolean byEmail = "EMAIL".equals(strip(infoFormat)) || "EMAIL".equals(strip(delivery));
        if (byEmail) {
            required(problems, "email", email);
        }
        if (!blank(email) && ok(problems, "email") && !ContactFormats.isEmail(email)) {
            invalid(problems, "email", m -> Ysq.text().ysqBadEmail());
        }
        if ("POST".equals(strip(delivery))) {
            required(problems, "address", address);
        }
        if (ok(problems, "delivery") && !deliverable(strip(infoFormat), strip(delivery))) {
            boolean paper = "PAPER".equals(strip(infoFormat));
            invalid(problems, "delivery", m -> Ysq.text().ysqFormatNotDeliverable(paper));
        }
        if (!blank(postcode) && ok(problems, "postcode") && !POSTCODE.matcher(postcode.strip()).matches()) {
            invalid(problems, "postcode", m -> Ysq.text().ysqBadPostcode());
        }
        problems.sort(java.util.Comparator.comparingInt(p -> FIELDS.indexOf(p.field())));
        return problems;
    }

    /**
     * What the applicant typed, as it shows: invisible and bidi characters dropped before any rule, so a
     * required field of zero-width spaces is as empty as one left blank (the same "请填写" answer), and no
     * right-to-left override is kept, sealed or shown to the organization's staff (security audit). The
     * one-line fields have their spaces folded; the description and the purpose keep their lines.
     */
    private void visible() {
        name = VisibleText.field(name);
        idNumber = VisibleText.field(idNumber);
        creditCode = VisibleText.field(creditCode);
        contactPerson = VisibleText.field(contactPerson);
        phone = VisibleText.field(phone);
        email = VisibleText.field(email);
        address = VisibleText.field(address);
        postcode = VisibleText.field(postcode);
        description = VisibleText.lines(description);
        purpose = VisibleText.lines(purpose);
    }

    /**
     * Whether the information can reach the applicant in that form that way: paper goes by post or by
     * hand, an e-mail by e-mail or on this site (citizen walk: 纸质 with 网上查看 was taken, and could
     * not be carried out as asked).
     */
    static boolean deliverable(String format, String delivery) {
        return switch (format == null ? "" : format) {
            case "PAPER" -> !"EMAIL".equals(delivery) && !"ONLINE".equals(delivery);
            case "EMAIL" -> !"POST".equals(delivery) && !"PICKUP".equals(delivery);
            default -> true;
        };
    }

    Applicant applicant() {
        ApplicantType type = ApplicantType.valueOf(applicantType.strip());
        boolean person = type == ApplicantType.NATURAL_PERSON;
        return new Applicant(strip(name), person ? strip(idType) : null, person ? strip(idNumber).toUpperCase(java.util.Locale.ROOT) : null,
                person ? null : strip(creditCode).toUpperCase(java.util.Locale.ROOT), person ? null : strip(contactPerson),
                strip(phone), strip(email), strip(address), strip(postcode));
    }

    /** GB 11643: 17 digits and a check character. */
    static boolean residentIdValid(String id) {
        if (!id.matches("[0-9]{17}[0-9Xx]")) {
            return false;
        }
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        String checks = "10X98765432";
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * w[i];
        }
        return Character.toUpperCase(id.charAt(17)) == checks.charAt(sum % 11);
    }

    /** GB 32100: 18 characters of the code's alphabet, the last a check character. */
    static boolean creditCodeValid(String code) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        String c = code.toUpperCase(java.util.Locale.ROOT);
        if (c.length() != 18) {
            return false;
        }
        int[] w = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = alphabet.indexOf(c.charAt(i));
            if (v < 0) {
                return false;
            }
            sum += v * w[i];
        }
        int check = (31 - sum % 31) % 31;
        return c.charAt(17) == alphabet.charAt(check);
    }

    private static void required(List<UserError.Invalid> problems, String field, String value) {
        if (blank(value) && ok(problems, field)) {
            problems.add(new UserError.Invalid(field, InputValidation.chosen(RequestInput.class, field)
                    ? m -> m.fieldNotChosen(label(field)) : m -> m.draftFieldRequired(label(field))));
        }
    }

    private static void invalid(List<UserError.Invalid> problems, String field, Function<Messages, String> message) {
        problems.add(new UserError.Invalid(field, message));
    }

    private static boolean ok(List<UserError.Invalid> problems, String field) {
        return problems.stream().noneMatch(p -> p.field().equals(field));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String strip(String s) {
        return blank(s) ? null : s.strip();
    }

    /** A field's message among these, or null (templates). */
    public static String messageOf(List<UserError.FieldMessage> messages, String field) {
        return UserError.FieldMessage.of(messages, field);
    }

    static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
