package org.zwgk.portal.privacy;

import java.util.Collection;

/**
 * Phone numbers offices publish (the hotline directory, an organization's 咨询电话): not personal
 * data wherever they appear. Implemented by the features that know them (organizations); privacy
 * sits below them and only asks.
 */
public interface PublicNumbers {

    /** The numbers as written (0512-57511007, 12345); the gate compares their digits. */
    Collection<String> publicNumbers();
}
