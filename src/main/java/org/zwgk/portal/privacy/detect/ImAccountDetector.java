package org.zwgk.portal.privacy.detect;

import org.zwgk.portal.privacy.Finding;
import org.zwgk.portal.privacy.PiiType;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citizen's QQ number or WeChat ID where a word names it: QQ：12345678, qq号 12345678, QQ 号码为
 * 12345678 (a full stop may end it); 微信号：zhang_san88, 微信：wxid_abc123 (a WeChat ID begins with a letter; one that is a
 * mobile number is the mobile detector's). Not found: a QQ group (QQ群), an official account
 * (微信公众号, 官方微信号, 政务微信), an office's consultation QQ (咨询QQ, 客服QQ: the owner named right
 * before the word), numbers listed as
 * public (the context's), an e-mail address at qq.com (the e-mail detector's).
 */
public final class ImAccountDetector implements Detector {

    // a full stop may end the sentence after the account (QQ：12345678.), not stand inside an address (12345678.qq.com)
    private static final Pattern QQ = Pattern.compile(
            "(?<![A-Za-z])[Qq]{2}\\s?(?:号码|号|账号|帐号)?[\\s:：为是]{0,3}([1-9][0-9]{4,10})(?![0-9A-Za-z@]|\\.[0-9A-Za-z])");
    private static final Pattern WECHAT = Pattern.compile(
            "微信(?:(?:号码|号|账号|帐号|ID|id)[\\s:：为是]{0,3}|[:：]\\s?)([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9@]|\\.[A-Za-z0-9])");
    /** Right before the word (的 between allowed): an office's account, published on purpose. */
    private static final String[] OFFICIAL = {"官方", "公众", "政务", "咨询", "客服", "服务", "本机关", "本局", "本单位", "我局", "我委", "订阅"};
    private static final int WORD_BEFORE = 6;

    @Override
    public void find(String text, DetectionContext context, List<Finding> out) {
        if (text.indexOf('Q') >= 0 || text.indexOf('q') >= 0) {
            find(QQ, text, context, out);
        }
        if (text.contains("微信")) {
            find(WECHAT, text, context, out);
        }
    }

    /** 咨询QQ, 官方微信号, 本局的微信: the account's owner named right before it, not somewhere in the sentence (我是附近群众，我的QQ). */
    private static boolean official(String before) {
        String b = before.endsWith("的") ? before.substring(0, before.length() - 1) : before;
        for (String w : OFFICIAL) {
            if (b.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    private static void find(Pattern pattern, String text, DetectionContext context, List<Finding> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (official(Texts.before(text, m.start(), WORD_BEFORE)) || context.isPublicNumber(m.group(1))) {
                continue;
            }
            out.add(new Finding(PiiType.IM_ACCOUNT, m.start(1), m.end(1), m.group(1)));
        }
    }
}
