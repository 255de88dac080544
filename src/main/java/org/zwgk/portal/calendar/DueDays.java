package org.zwgk.portal.calendar;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;

import java.time.LocalDate;

/**
 * {@code dueday:provisionalYear(day)} in templates: the year without its holiday notice that a due day stored
 * long ago was counted over, if any ({@link WorkingDays#provisionalYearOf}). Asked when the page is shown, so
 * the 暂定 goes once the year's notice is entered.
 */
@TemplateExtension(namespace = "dueday")
public class DueDays {

    static Integer provisionalYear(LocalDate due) {
        return due == null ? null : Arc.container().instance(WorkingDays.class).get().provisionalYearOf(due).orElse(null);
    }
}
