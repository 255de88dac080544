package org.zwgk.portal.requests;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.WorkbenchTestProfile;
import org.zwgk.portal.access.Account;
import org.zwgk.portal.access.Role;
import org.zwgk.portal.access.Staff;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browser walk: the letters' 转办 list marks units without editors, the requests' 转送其他机关 list marked nothing, and a
 * request transferred to an organ nobody on the site works for would be seen by nobody while its clock ran. Such organs
 * are marked and not offered, and a transfer there is refused in words; an organ with staff but no reviewer (nobody to
 * issue an answer) is marked and warned about, and the transfer is taken.
 */
@QuarkusTest
@TestProfile(WorkbenchTestProfile.class)
class RequestTransferStaffingTest {

    @Inject
    RequestFixtures fixtures;

    @Inject
    org.zwgk.portal.workflow.Fixtures accounts;

    Response step(Staff who, long id, String step, String... fields) {
        Map<String, Object> form = new java.util.LinkedHashMap<>();
        form.put("lockVersion", fixtures.lockVersion(id));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        return who.post("/workbench/requests/" + id + "/" + step, form);
    }

    @Test
    void organsWithNobodyToHandleARequestAreMarkedAndNotTransferredTo() {
        // 环保局: an editor, no reviewer; 文广新局: a reviewer whose account is disabled, so nobody; 体育局: nobody at all
        accounts.accountWith(Map.of("hbj", Set.of(Role.EDITOR)));
        String disabled = accounts.accountWith(Map.of("wgxj", Set.of(Role.REVIEWER)));
        QuarkusTransaction.requiringNew().run(() -> Account.findByUsername(disabled).orElseThrow().enabled = false);

        long id = fixtures.submitted("szfb");
        Staff editor = Staff.login("szfb-editor");
        Document page = Jsoup.parse(editor.get("/workbench/requests/" + id).asString());
        assertThat(page.select("#to option[value=tyj]").text()).endsWith("（本站暂无工作人员，不能转送）");
        assertThat(page.select("#to option[value=tyj]").hasAttr("disabled")).isTrue();
        assertThat(page.select("#to option[value=wgxj]").text()).as("a disabled account answers nothing").endsWith("（本站暂无工作人员，不能转送）");
        assertThat(page.select("#to option[value=hbj]").text()).endsWith("（暂无审核人员，无法签发答复）");
        assertThat(page.select("#to option[value=hbj]").hasAttr("disabled")).isFalse();
        assertThat(page.select("#to option[value=czj]").text()).isEqualTo("昆山市财政局");
        assertThat(page.select("#transfer-staffing").text()).contains("不能选择", "没有审核人员签发答复");

        long before = accounts.auditCount();
        Response refused = step(editor, id, "transfer", "to", "tyj", "transferNote", "该信息由市体育局掌握");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("不能转送至昆山市体育局", "无法提供", "第三十六条第五项");
        assertThat(accounts.auditCount()).as("nothing written").isEqualTo(before);
        assertThat(editor.get("/workbench/requests/" + id).statusCode()).as("still this organ's").isEqualTo(200);

        assertThat(step(editor, id, "transfer", "to", "hbj", "transferNote", "该信息由市环保局掌握").statusCode()).isEqualTo(303);
        assertThat(editor.get("/workbench/requests/" + id).statusCode()).isEqualTo(404);
    }
}
