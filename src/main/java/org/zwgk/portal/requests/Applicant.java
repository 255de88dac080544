package org.zwgk.portal.requests;

/**
 * The applicant's personal data, as typed: only ever stored sealed ({@link ApplicantCipher}) and shown
 * only to the handling organization. {@link #toString()} names no field, so a log line never shows it.
 */
public record Applicant(String name, String idType, String idNumber, String creditCode, String contactPerson,
                        String phone, String email, String address, String postcode) {

    @Override
    public String toString() {
        return "Applicant[sealed]";
    }
}
