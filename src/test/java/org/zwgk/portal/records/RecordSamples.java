package org.zwgk.portal.records;

import java.util.LinkedHashMap;
import java.util.Map;

/** A good record of each shipped type, and the field each one's bad variant breaks. */
final class RecordSamples {

    private RecordSamples() {
    }

    static Map<String, String> good(String type) {
        return switch (type) {
            case "xzxk" -> map("partyName", "昆山某某科技有限公司", "partyCategory", "法人及非法人组织",
                    "creditCode", "91320583MA1MXXXX0X".replace("X", "1"), "licenceDocumentName", "食品经营许可决定书",
                    "licenceDocumentNumber", "昆市监许〔2026〕101号", "licenceCategory", "普通", "licenceContent", "食品经营（预包装食品销售）",
                    "decisionDate", "2026-11-20", "validFrom", "2026-11-20", "validUntil", "2031-11-19",
                    "licensingAuthority", "scjgj", "status", "有效");
            case "xzcf" -> map("partyName", "张三丰", "partyCategory", "自然人", "idType", "身份证", "idNumber", "320583199001011234",
                    "decisionNumber", "昆市监处〔2026〕12号", "violationType", "销售过期食品",
                    "violationFacts", "张三丰在其经营的小店销售过期食品，联系电话13912345678。",
                    "legalBasis", "《中华人民共和国食品安全法》第一百二十四条", "penaltyCategory", "罚款",
                    "penaltyContent", "罚款人民币5000元", "fineAmount", "0.5", "decisionDate", "2026-11-20", "penaltyAuthority", "scjgj");
            case "qzqd" -> map("itemCode", "QZ-0001", "itemName", "食品经营许可", "powerCategory", "行政许可", "implementingBody", "scjgj",
                    "legalBasis", "《中华人民共和国食品安全法》", "responsibilities", "受理、审查、决定、送达", "adjustmentKind", "增加",
                    "adjustmentDate", "2026-11-02", "approvingDocumentNumber", "昆编办〔2026〕3号");
            case "ssjygk" -> map("taskName", "2026年食品经营者双随机抽查", "checkItem", "食品经营许可事项", "checkMethod", "现场检查",
                    "inspectingBody", "scjgj", "checkDate", "2026-11-10", "targetName", "某某超市", "targetKind", "法人及非法人组织",
                    "result", "未发现问题", "resultDate", "2026-11-18");
            case "jyta" -> map("proposalKind", "人大代表建议", "year", "2026", "proposalNumber", "2026-015", "title", "关于加强老旧小区改造的建议",
                    "proposer", "李明", "handlingUnit", "zjj", "outcome", "B类（列入计划拟解决）", "replyDate", "2026-07-01");
            case "yjs" -> map("year", "2026", "category", "部门预算", "title", "昆山市财政局2026年部门预算", "totalAmount", "12345.67",
                    "approvedOn", "2026-02-01");
            case "zdjsxm" -> map("projectCode", "2026-320583-48-01-000001", "projectName", "某某路快速化改造工程", "projectOwner", "昆山市交通工程建设中心",
                    "stage", "招标投标信息", "stageDate", "2026-11-01", "stageContent", "中标人：某某建设集团有限公司");
            case "ggzypz" -> map("projectNumber", "KSGC-2026-001", "projectName", "某某学校新建工程", "tradeKind", "工程建设", "tenderer", "昆山市教育局",
                    "announcementDate", "2026-10-01", "resultDate", "2026-11-01", "winner", "某某建设集团有限公司", "winnerKind", "法人及非法人组织",
                    "dealAmount", "3200");
            case "shgysy" -> map("area", "救助对象认定", "title", "2026年11月城乡低保对象名单", "infoDate", "2026-11-05",
                    "beneficiary", "王小二", "content", "王小二，身份证号320583199001011234，认定为低保对象。");
            case "bszn" -> map("serviceName", "食品经营许可（新办）", "implementingBody", "scjgj", "legalBasis", "《食品经营许可管理办法》",
                    "conditions", "有与经营的食品品种、数量相适应的经营场所", "materials", "申请书；营业执照复印件", "certificateList", "无",
                    "process", "申请—受理—审查—决定", "timeLimit", "10个工作日", "fees", "不收费", "placeAndTime", "市政务服务中心，工作日9:00-17:00",
                    "phone", "0512-12345678", "remoteApproval", "是", "approvedOn", "2026-11-24");
            case "ggqsydw" -> map("unitName", "昆山市自来水集团有限公司", "sector", "供水", "supervisingBody", "zjj", "itemName", "水质信息",
                    "itemContent", "出厂水水质检测结果", "disclosureMode", "门户网站", "updatedOn", "2026-11-01");
            default -> throw new IllegalArgumentException(type);
        };
    }

    /** The field of {@code type} set to something its kind refuses. */
    static Map.Entry<String, String> bad(String type) {
        return switch (type) {
            case "xzxk" -> Map.entry("decisionDate", "2026-13-45");
            case "xzcf" -> Map.entry("penaltyCategory", "罚站");
            case "qzqd" -> Map.entry("adjustmentKind", "合并");
            case "ssjygk" -> Map.entry("inspectingBody", "no-such-org");
            case "jyta" -> Map.entry("year", "二〇二六");
            case "yjs" -> Map.entry("totalAmount", "-5");
            case "zdjsxm" -> Map.entry("stage", "规划信息");
            case "ggzypz" -> Map.entry("dealAmount", "三千万");
            case "shgysy" -> Map.entry("infoDate", "昨天");
            case "bszn" -> Map.entry("remoteApproval", "可能");
            case "ggqsydw" -> Map.entry("sector", "金融");
            default -> throw new IllegalArgumentException(type);
        };
    }

    static Map<String, String> map(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
