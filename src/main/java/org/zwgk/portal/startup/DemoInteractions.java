package org.zwgk.portal.startup;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.zwgk.portal.access.Account;
import org.zwgk.portal.access.AccountService;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.common.PortalConfig;
import org.zwgk.portal.consultations.Consultation;
import org.zwgk.portal.consultations.ConsultationService;
import org.zwgk.portal.interviews.Interview;
import org.zwgk.portal.interviews.InterviewService;
import org.zwgk.portal.surveys.Survey;
import org.zwgk.portal.surveys.SurveyService;

import java.time.LocalDate;

/**
 * The demo's 互动交流: a consultation, a survey and an interview, each written by 市财政局's demo editor and
 * published by its reviewer through the same services (and rules) as in the workbench, at the first start
 * of the demo profile (each once, found again by its title). Without them the pages a visitor of the demo
 * opens first under 互动交流 only said 暂无 (browser walk). Never in production or in the tests.
 */
@ApplicationScoped
class DemoInteractions {

    private static final Logger LOG = Logger.getLogger(DemoInteractions.class);
    private static final AuditLog.Actor ACTOR = AuditLog.system("demo-content");
    private static final String ORGANIZATION = "czj";

    private final PortalConfig config;
    private final AccountService accounts;
    private final ConsultationService consultations;
    private final SurveyService surveys;
    private final InterviewService interviews;

    DemoInteractions(PortalConfig config, AccountService accounts, ConsultationService consultations, SurveyService surveys,
                     InterviewService interviews) {
        this.config = config;
        this.accounts = accounts;
        this.consultations = consultations;
        this.surveys = surveys;
        this.interviews = interviews;
    }

    void createIfEnabled() {
        if (!config.security().demoInteractions() || !config.security().demoAccounts() || config.security().sso()) {
            return;
        }
        PortalUser editor = user("czj-editor");
        PortalUser reviewer = user("czj-reviewer");
        if (editor == null || reviewer == null) {
            return;
        }
        LocalDate today = consultations.today();
        // each sample on its own, found again by its title: a start killed half-way is finished by the next one
        sample("consultation", () -> Consultation.<Consultation>find("title", CONSULTATION).firstResultOptional()
                        .map(c -> new Sample(c.id, c.published())),
                () -> consultations.open(editor, ORGANIZATION, CONSULTATION, CONSULTATION_TEXT,
                        today.toString(), today.plusDays(30).toString(), false, null, ACTOR).id,
                id -> consultations.publish(reviewer, id, true, ACTOR));
        sample("survey", () -> Survey.<Survey>find("title", SURVEY).firstResultOptional().map(x -> new Sample(x.id, x.published())),
                () -> surveys.create(editor, ORGANIZATION, SURVEY,
                        "为了解公众获取政府信息的渠道和需求，改进政府信息公开工作，请您花两分钟填写本问卷。问卷匿名填写。",
                        today.toString(), today.plusDays(30).toString(), SURVEY_QUESTIONS, ACTOR).id,
                id -> surveys.publish(reviewer, id, true, ACTOR));
        sample("interview", () -> Interview.<Interview>find("title", INTERVIEW).firstResultOptional().map(x -> new Sample(x.id, x.published())),
                () -> interviews.schedule(editor, ORGANIZATION, "INTERVIEW", INTERVIEW,
                        today.plusDays(7) + "T10:00", "市财政局三楼会议室", "市财政局局长、预算科科长",
                        "市财政局负责同志介绍本市部门预决算公开情况，回答网民关心的财政资金使用问题。欢迎在访谈开始前提问。",
                        "", ACTOR).id,
                id -> interviews.publish(reviewer, id, true, ACTOR));
    }

    private record Sample(long id, boolean published) {
    }

    /** Writes the sample unless it is there, and publishes it unless it is public; a refusal is logged, the start goes on. */
    private void sample(String kind, java.util.function.Supplier<java.util.Optional<Sample>> existing,
                        java.util.function.Supplier<Long> write, java.util.function.LongConsumer publish) {
        try {
            Sample found = QuarkusTransaction.requiringNew().call(() -> existing.get().orElse(null));
            if (found != null && found.published()) {
                return;
            }
            long id = found != null ? found.id() : QuarkusTransaction.requiringNew().call(write::get);
            QuarkusTransaction.requiringNew().run(() -> publish.accept(id));
            LOG.infof("demo content: a %s written by czj-editor, published by czj-reviewer", kind);
        } catch (RuntimeException e) {
            LOG.warnf("demo content: the sample %s was not created (%s)", kind, e.toString());
        }
    }

    private static final String CONSULTATION = "关于《昆山市财政局预决算公开工作规程（征求意见稿）》公开征求意见的公告";
    private static final String CONSULTATION_TEXT = """
            为进一步规范本市部门预决算公开工作，市财政局起草了《昆山市财政局预决算公开工作规程（征求意见稿）》，现向社会公开征求意见。

            征求意见稿全文如下：

            第一条　为规范本市部门预决算公开工作，根据《中华人民共和国预算法》《中华人民共和国政府信息公开条例》，制定本规程。

            第二条　使用财政资金的部门和单位是预决算公开的主体，对公开内容的真实性、准确性负责。

            第三条　部门预算、决算应当在本级财政部门批复后二十日内向社会公开。

            第四条　公开内容包括部门收支总表、财政拨款收支表、“三公”经费情况说明等，支出细化到功能分类项级科目。

            第五条　预决算通过部门网站“财政信息”栏目公开，并在市政府门户网站集中展示，保留时间不少于五年。

            第六条　市财政局会同有关部门对预决算公开情况进行监督检查，并将结果纳入绩效考核。

            欢迎社会各界在征集期内通过本页提出意见和建议。请在意见中写明具体条款及修改理由；涉及个人信息的内容不予公开。""";
    private static final String SURVEY = "昆山市政府信息公开满意度问卷调查";
    private static final String SURVEY_QUESTIONS = """
            单选* 您通常通过什么渠道获取政府信息？
            - 政府门户网站
            - 政务新媒体（微信、微博等）
            - 政务服务中心或档案馆查阅点
            - 其他
            多选 您最希望政府网站加强公开哪些内容？
            - 政策文件及解读
            - 财政预决算
            - 办事指南
            - 重点项目和民生实事进展
            填空 您对政府信息公开工作还有什么意见和建议？""";
    private static final String INTERVIEW = "预决算公开与财政资金使用在线访谈";

    private PortalUser user(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).map(accounts::user).orElse(null));
    }
}
