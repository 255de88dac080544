package org.zwgk.portal.channels;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.zwgk.portal.privacy.PublishedTexts;
import org.zwgk.portal.web.Routes;

import java.util.List;
import java.util.function.Consumer;

/**
 * Every channel's name and description for the privacy scan: the channel page shows both, and the
 * name stands beside each of its documents (pages, search, feeds, API). Masked when an admin saves
 * them; a channel imported from content/ or written around that is found here.
 */
@ApplicationScoped
class PublishedChannelTexts implements PublishedTexts {

    private static final int BATCH = 200;

    private final EntityManager em;

    PublishedChannelTexts(EntityManager em) {
        this.em = em;
    }

    @Override
    public String kind() {
        return "channels";
    }

    @Override
    public void forEach(Consumer<Text> each) {
        PublishedTexts.inPages(em, after -> {
            List<Channel> batch = em.createQuery("select c from Channel c where c.id > :after order by c.id", Channel.class)
                    .setParameter("after", after).setMaxResults(BATCH).getResultList();
            for (Channel c : batch) {
                Subject texts = new Subject(each, "channel:" + c.code, c.name, Routes.channel(c.code));
                texts.send("name", c.name);
                texts.send("description", c.description);
            }
            return batch.stream().map(c -> c.id).toList();
        });
    }
}
