#!/usr/bin/env python3
"""Writes cases.jsonl: the labelled set for the de-identification detectors (docs/privacy.md).

Realistic sentences of Kunshan government texts (penalty decisions, replies to requests, notices,
attachments), each with the personal data a careful reviewer would mask ("expect": kind and value).
Look-alikes that are NOT personal (文号, 索引号, credit codes, office phones, amounts, dates, law
articles, invalid ID numbers) are mixed in. Fixed seed: the file is reproducible.
Run: python3 generate_cases.py > cases.jsonl
"""
import json, random

rnd = random.Random(20181)
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
C = '10X98765432'
REGIONS = ['320583', '320582', '320506', '320505', '320581', '110105', '310115', '440304', '510107', '330106', '370202', '420106', '410105', '342401', '622201']
SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡顾沈陆钱'
GIVEN = ['建国', '秀英', '志强', '丽华', '明', '伟', '芳', '海燕', '小红', '德华', '国平', '春梅', '文杰', '晓东', '美玲', '高明', '金凤', '永康', '雪', '子涵']
cases = []


def case(text, expect, note):
    cases.append({"text": text, "expect": [{"type": t, "value": v} for t, v in expect], "note": note})


def rid(valid=True, region=None, year=None):
    region = region or rnd.choice(REGIONS)
    y = year or rnd.randint(1950, 2005)
    m, d = rnd.randint(1, 12), rnd.randint(1, 28)
    s17 = f"{region}{y:04d}{m:02d}{d:02d}{rnd.randint(0, 999):03d}"
    check = C[sum(int(a) * b for a, b in zip(s17, W)) % 11]
    if not valid:
        check = rnd.choice([c for c in '0123456789X' if c != check])
    return s17 + check


def rid_bad_date():
    region = rnd.choice(REGIONS)
    y = rnd.randint(1960, 2000)
    md = rnd.choice(['0230', '1332', '0431', '0000', '0631'])
    s17 = f"{region}{y:04d}{md}{rnd.randint(0, 999):03d}"
    return s17 + C[sum(int(a) * b for a, b in zip(s17, W)) % 11]


def rid15():
    region = rnd.choice(REGIONS)
    return f"{region}{rnd.randint(40, 84):02d}{rnd.randint(1, 12):02d}{rnd.randint(1, 28):02d}{rnd.randint(0, 999):03d}"


def mobile():
    return rnd.choice(['13', '15', '18', '17', '19', '14']) + str(rnd.randint(0, 9)) + f"{rnd.randint(0, 99999999):08d}"


def luhn_complete(p):
    for d in range(10):
        s = p + str(d)
        tot = 0
        for i, ch in enumerate(reversed(s)):
            x = int(ch)
            if i % 2 == 1:
                x *= 2
                if x > 9:
                    x -= 9
            tot += x
        if tot % 10 == 0:
            return s


def card(valid=True):
    prefix = rnd.choice(['622202', '621700', '622848', '621226', '622588', '436742', '622700', '621483'])
    length = 16 if prefix == '436742' else rnd.choice([16, 19])
    body = prefix + ''.join(str(rnd.randint(0, 9)) for _ in range(length - 7))
    c = luhn_complete(body)
    if not valid:
        c = c[:-1] + str((int(c[-1]) + rnd.randint(1, 9)) % 10)
    return c


CODE = '0123456789ABCDEFGHJKLMNPQRTUWXY'
CW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code():
    s = '91' + rnd.choice(REGIONS[:5]) + ''.join(rnd.choice(CODE) for _ in range(9))
    v = sum(CODE.index(ch) * w for ch, w in zip(s, CW))
    return s + CODE[(31 - v % 31) % 31]


def name():
    return rnd.choice(SURNAMES) + rnd.choice(GIVEN)


def masked_name(n):
    return n[0] + '某' * (len(n) - 1)


# ---- penalty decisions (行政处罚决定书): natural persons with ID, phone, address
for i in range(40):
    n, i18, m = name(), rid(), mobile()
    doc = f"昆{rnd.choice(['市监', '环', '交', '城管', '应急'])}罚〔{rnd.randint(2016, 2019)}〕{rnd.randint(1, 400)}号"
    sex, road, no = rnd.choice('男女'), rnd.choice(['萧林', '震川', '亭林']), rnd.randint(1, 300)
    case(f"{doc}\n当事人：{n}，性别：{sex}，公民身份号码：{i18}，联系电话：{m}，住所：昆山市玉山镇{road}路{no}号。",
         [("NAME", n), ("RESIDENT_ID", i18), ("MOBILE", m), ("ADDRESS", f"{no}号")], "penalty decision, natural person")

# ---- penalty decisions of companies: credit code, legal representative (public), amounts
for i in range(25):
    cc, boss = credit_code(), name()
    amount = rnd.choice(['50000', '120000', '3000', '200000'])
    case(f"当事人：昆山市{rnd.choice(['华盛', '永达', '鑫源', '宏图'])}{rnd.choice(['贸易', '机械', '餐饮', '物流'])}有限公司，统一社会信用代码：{cc}，法定代表人：{boss}。依据《中华人民共和国行政处罚法》第二十三条，决定罚款人民币{amount}元。",
         [], "penalty decision, company: credit code and legal representative are public")

# ---- replies to information requests (依申请公开答复): applicant's data
for i in range(30):
    n, m = name(), mobile()
    sep = rnd.choice(['', ' ', '-'])
    written = m if sep == '' else f"{m[:3]}{sep}{m[3:7]}{sep}{m[7:]}"
    prefix = rnd.choice(['', '+86 ', '+86-', '0086 '])
    written = prefix + written
    case(f"申请人：{n}\n您于{rnd.randint(2017, 2019)}年{rnd.randint(1, 12)}月{rnd.randint(1, 28)}日提交的政府信息公开申请（编号：KSYSQ{rnd.randint(2017, 2019)}{rnd.randint(1, 999):04d}）收悉。如有疑问，请与我们联系，您预留的手机号码为{written}。",
         [("NAME", n), ("MOBILE", written)], "reply to a request, applicant with mobile (formats)")

# ---- office hotlines next to private mobiles
for i in range(20):
    m = mobile()
    case(f"咨询电话：0512-57511007，监督电话：0512-{rnd.randint(5730, 5799)}{rnd.randint(1000, 9999)}，政务服务便民热线12345。举报人留存手机{m}，我局已电话回访。",
         [("MOBILE", m)], "office hotlines (listed / labelled) next to a private mobile")

# ---- private landlines
for i in range(15):
    area = rnd.choice(['0512', '021', '010', '025'])
    local = f"{rnd.randint(5, 8)}{rnd.randint(0, 9999999):07d}" if area in ('0512', '021', '010') else f"{rnd.randint(5, 8)}{rnd.randint(0, 9999999):07d}"
    written = rnd.choice([f"{area}-{local}", f"（{area}）{local}", f"{area} {local}"])
    case(f"投诉人家庭电话{written}，要求对小区噪声问题进行处理。", [("LANDLINE", written)], "private landline")

# ---- bank cards (compensation, subsidies)
for i in range(25):
    n, c = name(), card()
    written = c if rnd.random() < 0.6 else ' '.join(c[j:j + 4] for j in range(0, len(c), 4))
    case(f"经审核，同意向{n}发放2018年度农村困难群众生活补助，补助资金打入其银行账户（卡号：{written}）。",
         [("NAME", None), ("BANK_CARD", written)][1:], "subsidy to a bank card")

# ---- invalid IDs and cards (look-alikes): nothing to find
for i in range(15):
    # a labelled number with a wrong check digit is still a person's ID, mistyped (browser walk: one went public whole)
    n = rid(valid=False)
    case(f"证件号码{n}经核验校验位不符，系录入错误。", [("RESIDENT_ID", n)], "labelled ID number with a wrong check digit: masked")
for i in range(10):
    case(f"经核查，编号{rid_bad_date()}的记录出生日期不存在。", [], "ID-shaped number with an impossible birth date")
for i in range(10):
    # named as an account, a number failing Luhn is still one: mistyped, a passbook, a company's (security review)
    n = card(valid=False)
    case(f"账号{n}未通过校验。", [("BANK_CARD", n)], "labelled account number failing Luhn: masked")

# ---- old 15-digit IDs
for i in range(10):
    o = rid15()
    case(f"原户籍登记的15位身份证号码为{o}，已换领新证。", [("RESIDENT_ID_15", o)], "old 15-digit ID")

# ---- e-mails
for i in range(15):
    user = rnd.choice(['zhangwei', 'lixiaohong', 'ks_wang', 'chen.ming', 'hua88'])
    domain = rnd.choice(['163.com', 'qq.com', '126.com', 'sina.com'])
    e = f"{user}{rnd.randint(1, 999)}@{domain}"
    case(f"来信人电子邮箱：{e}；本机关公开邮箱：xxgk@ks.gov.cn。", [("EMAIL", e)], "private e-mail next to an office mailbox")

# ---- passports and permits
for i in range(8):
    p = 'E' + f"{rnd.randint(0, 99999999):08d}"
    case(f"外籍人员入境登记表：护照号码{p}，入境口岸上海浦东。", [("PASSPORT", p)], "passport")
for i in range(6):
    p = 'C' + f"{rnd.randint(0, 99999999):08d}"
    case(f"申请人持往来港澳通行证（证件号{p}）办理。", [("PERMIT", p)], "往来港澳通行证")
for i in range(6):
    p = rnd.choice('HM') + f"{rnd.randint(0, 99999999):08d}"
    case(f"港澳居民来往内地通行证号码：{p}。", [("PERMIT", p)], "回乡证")
for i in range(5):
    p = f"{rnd.randint(0, 99999999):08d}"
    case(f"台胞证号码{p}，在昆投资企业负责人。", [("PERMIT", p)], "台胞证")

# ---- licence plates
for i in range(15):
    pl = '苏' + rnd.choice('EABU') + rnd.choice(['', '·']) + ''.join(rnd.choice('0123456789ABCDEFGHJK') for _ in range(3)) + f"{rnd.randint(10, 99)}"
    case(f"车牌号为{pl}的小型轿车在前进西路违法停车，已依法处理。", [("PLATE", pl)], "licence plate")

# ---- non-personal look-alikes
for i in range(15):
    case(f"索引号：KS{rnd.randint(1000000, 9999999)}/{rnd.randint(2015, 2019)}-{rnd.randint(1, 99999):05d}，发布日期：{rnd.randint(2015, 2019)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}。",
         [], "索引号 and dates")
for i in range(15):
    case(f"根据《昆山市人民政府关于印发〈昆山市政务公开工作实施方案〉的通知》（昆政发〔{rnd.randint(2010, 2019)}〕{rnd.randint(1, 120)}号）精神，现将有关事项通知如下。",
         [], "文号")
for i in range(10):
    amount = ''.join(str(rnd.randint(1, 9)) for _ in range(rnd.choice([11, 16, 18])))
    case(f"全市一般公共预算收入累计{amount}元，同比增长{rnd.randint(1, 15)}.{rnd.randint(0, 9)}%。", [], "long amounts")
for i in range(10):
    case(f"依照《中华人民共和国政府信息公开条例》第{rnd.choice(['十四', '十五', '十六', '三十六'])}条第{rnd.choice(['一', '二', '三'])}项的规定，该信息不予公开。", [], "law articles")
for i in range(10):
    case(f"全市共有{rnd.randint(1000, 99999)}户{rnd.randint(10000, 999999)}人纳入低保，发放资金{rnd.randint(100, 9999)}.{rnd.randint(10, 99)}万元。", [], "statistics")
for i in range(8):
    case(f"当事人：{masked_name(name())}，男，{rnd.randint(1960, 1999)}年出生。", [], "name already masked (某某)")
for i in range(8):
    case(f"文明城市创建中，{rnd.choice(['高明', '方正', '文明', '金石'])}的做法值得推广，相关经验见附件。", [], "common words that are also names, no field label")
for i in range(6):
    case(f"政务服务便民热线12345，企业服务热线0512-{rnd.randint(5730, 5799)}{rnd.randint(1000, 9999)}（热线），受理时间：工作日9:00—17:00。", [], "hotlines by label")

# ---- attachments: lists of several persons
for i in range(12):
    rows, exp = [], []
    for k in range(3):
        n, i18 = name(), rid()
        rows.append(f"{k + 1}. 姓名：{n}，身份证号：{i18}")
        exp += [("NAME", n), ("RESIDENT_ID", i18)]
    case("附件：2018年度昆山市见义勇为人员名单\n" + "\n".join(rows), exp, "attachment list of persons")

# ---- free text names (honest misses: no field label)
for i in range(6):
    n = name()
    case(f"经查，{n}于2018年3月在玉山镇某小区违规搭建建筑物。", [("NAME", n)], "name in running text without a field label")

# ---- names where a form or a label marks them (issue 13, third step), and look-alikes: places,
# brands and companies after a label, labels followed by verbs. Own seed, so the cases above stay as they were.
nrnd = random.Random(13013)
TOWNS = ['玉山镇', '周市镇', '陆家镇', '花桥镇', '张浦镇', '千灯镇', '巴城镇', '淀山湖镇', '锦溪镇', '周庄镇']


def name2():
    return nrnd.choice(SURNAMES) + nrnd.choice(GIVEN)


for i in range(6):
    n = name2()
    case(f"当事人{n}，{nrnd.choice('男女')}，{nrnd.randint(1955, 1999)}年出生，住昆山市{nrnd.choice(TOWNS)}。", [("NAME", n)],
         "name in running text after a label, followed by a person's attributes")
for i in range(6):
    n = name2()
    case(f"附件：申请表\n姓名 {n}  性别 {nrnd.choice('男女')}  出生年月 {nrnd.randint(1955, 1999)}.{nrnd.randint(1, 12):02d}  户籍地 昆山市{nrnd.choice(TOWNS)}",
         [("NAME", n)], "form text extracted from an attachment (cells separated by spaces)")
for i in range(3):
    n = name2()
    town, road, no = nrnd.choice(TOWNS), nrnd.choice(['人民路', '前进路', '黄河路']), nrnd.randint(1, 300)
    case(f"申请人\t{n}\t联系地址\t昆山市{town}{road}{no}号", [("NAME", n), ("ADDRESS", f"{no}号")],
         "form text with tabs")
for i in range(4):
    a, b = name2(), name2()
    case(f"申请人：{a}、{b}（共同申请），申请公开昆山市{nrnd.choice(TOWNS)}征收补偿方案。", [("NAME", a), ("NAME", b)],
         "two names listed after one label")
case("当事人：欧阳晓峰，男，1982年出生。", [("NAME", "欧阳晓峰")], "compound surname")
case("举报人：周丽娟（要求保密）反映某餐饮店油烟扰民。", [("NAME", "周丽娟")], "informant, name before a bracket")
case("户主：沈阿大，家庭人口3人，享受最低生活保障。", [("NAME", "沈阿大")], "head of household")
case("申请人：李宁，女，申请公开本人社保缴费记录。", [("NAME", "李宁")], "a person's name that is also a brand")
i18 = rid()
case(f"当事人：张家辉，男，公民身份号码：{i18}。", [("NAME", "张家辉"), ("RESIDENT_ID", i18)], "name starting like a place (张家港)")
# look-alikes: nothing personal
for t in ["当事人：王府井（昆山）百货有限公司，统一社会信用代码见附件。",
          "当事人：李宁体育用品有限公司昆山分公司，经营场所：昆山市前进中路。",
          "当事人：昆山某某有限公司，法定代表人：张某某。",
          "当事人：张家港市金港镇某五金加工厂。",
          "当事人：金鹰商贸，经营场所：昆山市前进中路。",
          "当事人：华联超市（个体工商户），经营场所：昆山市玉山镇。",
          "当事人：万达广场（昆山）商业管理有限公司。",
          "当事人：昆山市某某建材有限公司，法定代表人：李强，负责人：王磊。",
          "法定代表人：张伟，职务：执行董事。",
          "联系人：王芳（市政务办），受理时间：工作日。",
          "当事人应当在收到本决定书之日起十五日内到指定银行缴纳罚款。",
          "申请人于2019年3月5日通过网络提出政府信息公开申请。",
          "申请人向本机关申请公开昆山市2018年度财政预算。",
          "当事人陈述、申辩的事实、理由和证据成立的，本机关予以采纳。",
          "当事人对本决定不服的，可在六十日内申请行政复议。",
          "张家港市、常熟市、太仓市与昆山市签订区域合作协议。",
          "王府井大街与昆山路交叉口设置临时交通管制。",
          "姓名：昆山市人民政府办公室（单位申请）。",
          "申请人：张家港市某贸易有限公司。",
          "当事人：高新区管委会，地址：昆山市前进东路。",
          "当事人：周市镇人民政府。",
          "申请人：陆家镇，申请事项：河道整治资金。",
          "当事人：王府井，经营范围：日用百货零售。",
          "申请人 于2019年5月补正申请内容。",
          "投诉人 对答复不满意的，可以向上一级机关反映。"]:
    case(t, [], "label or place look-alike, nothing personal")

# ---- home addresses in citizens' letters and forms (the house number is masked, the road or estate stays)
for t, v in [("我家住在昆山市玉山镇柏庐小区5幢302室，楼下商铺油烟很大。", "5幢302室"),
             ("本人住所：昆山市周市镇青阳北路88号，现申请公开本小区规划许可。", "88号"),
             ("家住花桥镇绿地大道12号楼2单元1801室的居民反映电梯经常停运。", "12号楼2单元1801室"),
             ("性别：女，通讯地址：昆山市开发区萧林中路36-2号。", "36-2号"),
             ("邻居在世茂蝶湖湾3栋1201室装修，噪音严重。", "3栋1201室"),
             ("我家在陆家镇合丰村12组34号，门前道路积水。", "12组34号"),
             # found by the review of the first version (no word it knew, a unit-less flat, a space from a PDF)
             ("我住玉山镇震川路235号，附近工地夜间施工。", "235号"),
             ("我是亭林路88号的住户，楼道灯坏了。", "88号"),
             ("我家在柏庐小区5幢302，楼上漏水。", "5幢302"),
             ("本人住绿地小区7-1203，物业不作为。", "7-1203"),
             ("住址：昆山市震川路 235号", "235号"),
             ("我是蝶湖湾小区12幢的业主，小区停车难。", "12幢")]:
    case(t, [("ADDRESS", v)], "home address")
for t in ["办公地址：昆山市前进西路1801号市民服务中心3楼302室。",
          "联系地址：昆山市政务服务中心3号楼2楼201室（政府信息公开受理窗口）。",
          "当事人：昆山市华盛贸易有限公司，住所：昆山市开发区前进东路8号。",
          "受理地点：昆山市人民路88号政务服务大厅。",
          "昆山市人民政府办公室\n- 通讯地址：江苏省昆山市前进西路1801号\n- 邮政编码：215300",
          "依据《政府信息公开条例》第三十六条第3项，现答复如下。",
          "国道312沿线12组居民的安置房于2018年5月开工。",
          "昆政办发〔2018〕12号文件规定的居住证办理条件。",
          # public places the first version masked
          "居住证办理地点：昆山市前进西路1801号。",
          "居住在本市的老年人可到社区服务点（玉山镇朝阳路12号）办理。",
          "规划新建住宅12幢，可租住城北公寓12幢。",
          "请到市档案馆302室查阅，考试地点：昆山中学综合楼201室。",
          "会议地点：市民大楼3楼302室。",
          "被申请人：昆山市住房和城乡建设局，住所地：昆山市前进西路1801号。"]:
    case(t, [], "office address or number look-alike, nothing personal")

# ---- session 17: an ID-shaped number with a wrong check digit and no label is not taken for one
for i in range(10):
    case(f"订单编号{rid(valid=False)}已办结。", [], "unlabelled ID-shaped number with a wrong check digit")

# ---- session 30: a card-shaped number failing Luhn with no word naming it is not taken for one
for i in range(10):
    case(f"订单编号{card(valid=False)}已办结。", [], "unlabelled card-shaped number failing Luhn")

# ---- session 31: QQ numbers and WeChat IDs a citizen gives in a letter, and the official accounts and
# groups a notice publishes on purpose (nothing personal)
for i in range(6):
    qq = str(rnd.randint(10000, 3999999999))
    form = rnd.choice(["我的QQ：{}，方便时请联系。", "本人QQ号{}，盼复。", "可加我qq {} 沟通。"])
    case(form.format(qq), [("IM_ACCOUNT", qq)], "a citizen's QQ number")
for i in range(4):
    wx = rnd.choice(["zhang", "li_hua", "wangxm", "ks_chen", "meiling"]) + str(rnd.randint(10, 9999))
    form = rnd.choice(["微信号：{}，请回复。", "我的微信号是{}。", "可加我微信：{}"])
    case(form.format(wx), [("IM_ACCOUNT", wx)], "a citizen's WeChat ID")
for t in ["欢迎加入政务公开QQ群：123456789交流。",
          "关注“昆山发布”微信公众号：ksfb2018，获取最新政策。",
          "官方微信号：kunshanfabu。",
          "咨询QQ：800012345（工作日9:00-17:00）。",
          "客服QQ：4008123123。",
          "来信人电子邮箱：27182818@qq.com。",
          "可通过微信支付、QQ钱包缴纳。",
          "本局政务微信：ksgov，欢迎关注。",
          "QQ浏览器、微信小程序均可访问本站。",
          "微信扫码预约，每日限号2000个。"]:
    case(t, [("EMAIL", "27182818@qq.com")] if "@qq.com" in t else [], "official accounts, groups and look-alikes of QQ and WeChat")

# ---- session 31: two-character names spaced out to line up with three-character ones, and form headers
# spaced the same way (nothing personal)
ONE = [g for g in GIVEN if len(g) == 1] + ['军', '静', '勇', '磊']
for i in range(6):
    n = rnd.choice(SURNAMES) + rnd.choice(['\u3000', ' ']) + rnd.choice(ONE)
    form = rnd.choice(["当事人：{}，性别：男，住所：昆山市。", "申请人：{}、{}（共同申请）", "姓名 {}  性别 女  民族 汉"])
    if "、" in form:
        m = rnd.choice(SURNAMES) + rnd.choice(GIVEN)
        case(form.format(n, m), [("NAME", n), ("NAME", m)], "spaced two-character name after a label")
    else:
        case(form.format(n), [("NAME", n)], "spaced two-character name after a label")
for t in ["申请人 姓 名 性 别 出生年月", "当事人 单 位 金 额 备 注", "姓名 年 龄 住 址 电 话"]:
    case(t, [], "a form's spaced column headers, nothing personal")

for c in cases:
    c["expect"] = [e for e in c["expect"] if e["value"] is not None]
for c in cases:
    print(json.dumps(c, ensure_ascii=False))
