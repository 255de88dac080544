package org.zwgk.portal.privacy.detect;

/** A number that is an amount of money or a quantity: followed by a unit, or led by a currency sign. */
final class Amounts {

    private static final String[] UNITS = {"元", "万元", "亿元", "千元", "角", "美元", "港元", "股", "平方米", "吨", "千瓦", "人次", "份", "件"};

    private Amounts() {
    }

    static boolean isAmount(String text, int start, int end) {
        String after = Texts.after(text, end, 3).stripLeading();
        for (String u : UNITS) {
            if (after.startsWith(u)) {
                return true;
            }
        }
        String before = Texts.before(text, start, 4);
        return before.endsWith("¥") || before.endsWith("￥") || before.endsWith("人民币") || before.endsWith("RMB")
                || before.endsWith("金额") || before.endsWith("金额：") || before.endsWith("金额:");
    }
}
