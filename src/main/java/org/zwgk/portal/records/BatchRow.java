package org.zwgk.portal.records;

import java.util.Map;

/**
 * One row of an intake batch as sent: its 1-based position, the line of a CSV file it starts on (0
 * for JSON), the business system's key (optional) and the values by field name or label.
 */
public record BatchRow(int row, long line, String sourceKey, Map<String, String> values) {
}
