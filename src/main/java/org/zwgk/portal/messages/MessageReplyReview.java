package org.zwgk.portal.messages;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** One reviewer's approval of one level (一审, 二审 …) of a reply; a return is kept on the reply itself. */
@Entity
@Table(name = "message_reply_review")
public class MessageReplyReview extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public MessageReply reply;
    @Column(name = "level_no")
    public int level;
    public String reviewer;
    public String comment;
    public Instant decidedAt;

    /** The approvals of this reply, level 1 first. */
    public static List<MessageReplyReview> of(MessageReply r) {
        return r.id == null ? List.of() : list("reply = ?1 order by level, id", r);
    }
}
