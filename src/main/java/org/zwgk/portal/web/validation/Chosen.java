package org.zwgk.portal.web.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field the form offers as a list to pick from (a select), though its values are not an enum's
 * ({@link OneOf} fields are such lists too): left empty, it is 请选择, not 请填写.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Chosen {
}
