package com.attentionlab.web;

/** Text from outside (a client's request) made safe for one log line: no line breaks, no terminal escapes, short. */
public final class LogText {

    public static final int MAX = 200;

    private LogText() {
    }

    /** Control characters as \\uXXXX, at most {@link #MAX} characters (then "…"); null as "null". */
    public static String safe(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length() && out.length() < MAX; i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.length() >= MAX && s.length() > MAX ? out.substring(0, MAX) + "…" : out.toString();
    }
}
