package org.zwgk.portal.privacy.detect;

import org.zwgk.portal.privacy.Finding;
import org.zwgk.portal.privacy.PiiType;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citizen's QQ number or WeChat ID where a word names it: QQ：12345678, qq号 12345678, QQ 号码为
 * 12345678; 微信号：zhang_san88, 微信：wxid_abc123 (a WeChat ID begins with a letter; one that is a
 * mobile number is the mobile detector's). Not found: a QQ group (QQ群), an official account
 * (微信公众号, 官方微信号, 政务微信), an office's consultation QQ (咨询QQ, 客服QQ), numbers listed as
 * public (the context's), an e-mail address at qq.com (the e-mail detector's).
 */
public final class ImAccountDetector implements Detector {

    private static final Pattern QQ = Pattern.compile(
            "(?<![A-Za-z])[Qq]{2}(?:号码|号|账号|帐号)?[\\s:：为是]{0,3}([1-9][0-9]{4,10})(?![0-9A-Za-z@.])");
    private static final Pattern WECHAT = Pattern.compile(
            "微信(?:(?:号码|号|账号|帐号|ID|id)[\\s:：为是]{0,3}|[:：]\\s?)([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9@.])");
    /** Before the word: an office's account or a group, published on purpose. */
    private static final String[] OFFICIAL = {"官方", "公众", "政务", "咨询", "客服", "服务", "本机关", "本局", "本单位", "我局", "我委", "订阅", "群"};
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

    private static void find(Pattern pattern, String text, DetectionContext context, List<Finding> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (Texts.containsAny(Texts.before(text, m.start(), WORD_BEFORE), OFFICIAL) || context.isPublicNumber(m.group(1))) {
                continue;
            }
            out.add(new Finding(PiiType.IM_ACCOUNT, m.start(1), m.end(1), m.group(1)));
        }
    }
}
