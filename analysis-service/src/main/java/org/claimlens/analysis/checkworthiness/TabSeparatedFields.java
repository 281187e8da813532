package org.claimlens.analysis.checkworthiness;

import java.util.ArrayList;
import java.util.List;

/** Splits tab-separated text into records of fields, honouring RFC-4180 quoting (doubled quotes inside quotes). */
final class TabSeparatedFields {

    private TabSeparatedFields() {
    }

    static List<List<String>> split(String content) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i + 1 < content.length() && content.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else if (c == '\t') {
                record.add(field.toString());
                field.setLength(0);
                fieldStart = true;
            } else if (c == '\n') {
                record.add(stripCarriageReturn(field));
                records.add(record);
                record = new ArrayList<>();
                field.setLength(0);
                fieldStart = true;
            } else {
                // A quote inside an unquoted field is kept as text, as lenient readers do.
                field.append(c);
                fieldStart = false;
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(stripCarriageReturn(field));
            records.add(record);
        }
        return records;
    }

    private static String stripCarriageReturn(StringBuilder field) {
        int end = field.length();
        return end > 0 && field.charAt(end - 1) == '\r' ? field.substring(0, end - 1) : field.toString();
    }
}
