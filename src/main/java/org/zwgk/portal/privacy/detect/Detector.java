package org.zwgk.portal.privacy.detect;

import org.zwgk.portal.privacy.Finding;

import java.util.List;

/** Finds one kind of personal data in a text. Detectors are stateless and thread-safe. */
public interface Detector {

    /** Adds what it finds in {@code text} to {@code out}; {@code context} says what is known to be public. */
    void find(String text, DetectionContext context, List<Finding> out);
}
