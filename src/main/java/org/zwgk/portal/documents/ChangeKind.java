package org.zwgk.portal.documents;

/** A major change (new substance) bumps the major number; a minor one (wording, typo) the minor. */
public enum ChangeKind {
    MAJOR, MINOR
}
