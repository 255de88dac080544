package org.zwgk.portal.privacy;

/** The kinds of personal data the gate finds; masking rules and labels are per kind. */
public enum PiiType {
    RESIDENT_ID(true), RESIDENT_ID_15(true), MOBILE(false), LANDLINE(false), BANK_CARD(true), EMAIL(false),
    PASSPORT(false), PERMIT(false), PLATE(false), IM_ACCOUNT(false), NAME(false), ADDRESS(false);

    private final boolean highRisk;

    PiiType(boolean highRisk) {
        this.highRisk = highRisk;
    }

    /** A hit of this kind must be reviewed before its document may be published (ID numbers, bank cards). */
    public boolean highRisk() {
        return highRisk;
    }
}
