package org.zwgk.portal.requests;

/** The form the applicant wants the information in (纸质 / 电子 / 电子邮件). */
public enum InfoFormat {
    PAPER, ELECTRONIC, EMAIL
}
