package com.attentionlab.challenge.ui;

import com.attentionlab.challenge.Challenge;
import com.attentionlab.challenge.ChallengeAttempt;
import com.attentionlab.challenge.ChallengeCodeException;
import com.attentionlab.challenge.ChallengeCodec;
import com.attentionlab.lesson.LessonPresenters;
import com.attentionlab.lesson.Step;
import com.attentionlab.lesson.ui.AbstractLessonView;
import com.attentionlab.lesson.ui.PublicUrls;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import java.util.Map;
import java.util.Optional;

/**
 * A challenge at {@code /challenge/{id}} (built in) or {@code /challenge/custom?c=…} (a teacher's link): the lesson
 * screen at the challenge's step, loaded with its start, and the {@link ChallengePanel} under the header, checking
 * every change. The URL carries the lesson ({@code ?s=}) like the solo lesson's, so a reload keeps one's progress;
 * without it the challenge starts from its start. Solved built-ins are remembered in the browser.
 */
@Route("challenge/:id/:step?")
public class ChallengeView extends AbstractLessonView {

    /** The id of the route that reads a teacher's challenge link. */
    public static final String CUSTOM = "custom";
    /** The query parameter holding a {@link ChallengeCodec} code. */
    public static final String CODE = "c";

    private final Challenges challenges;
    private String id;
    private String code;
    private Challenge challenge;
    private ChallengePanel panel;

    public ChallengeView(LessonPresenters presenters, PublicUrls urls, Challenges challenges) {
        super(presenters, urls);
        this.challenges = challenges;
        addClassName("challenge-route");
    }

    /** The path of a built-in challenge: {@code challenge/it-to-mat}. */
    public static String pathOf(String id) {
        return "challenge/" + id;
    }

    /** The path and query of an authored challenge: {@code challenge/custom?c=…}. */
    public static String customLocation(String code) {
        return pathOf(CUSTOM) + "?" + QueryParameters.of(CODE, code).getQueryString();
    }

    @Override
    protected boolean enter(BeforeEnterEvent event, QueryParameters query) {
        String wanted = event.getRouteParameters().get("id").orElse("");
        Challenge found;
        String foundCode = null;
        if (CUSTOM.equals(wanted)) {
            foundCode = first(query, CODE).orElse(null);
            try {
                found = ChallengeCodec.decode(foundCode);
            } catch (ChallengeCodeException e) {
                event.rerouteToError(NoSuchChallengeException.class, "This challenge link cannot be opened: "
                        + e.getMessage() + ".");
                return false;
            }
        } else {
            Optional<Challenge> c = challenges.byId(wanted);
            if (c.isEmpty()) {
                event.rerouteToError(NoSuchChallengeException.class, "There is no challenge called “" + wanted
                        + "”. It may have been renamed; the list has them all.");
                return false;
            }
            found = c.get();
        }
        if (first(query, "s").isEmpty()) {
            presenter.load(found.start().lesson()); // no lesson in the link: the challenge's start
        }
        if (!found.equals(challenge)) {
            show(wanted, foundCode, found);
        }
        if (event.getRouteParameters().get("step").isEmpty()) {
            event.forwardTo(path(found.step()), query);
            return false;
        }
        return true;
    }

    private void show(String wantedId, String wantedCode, Challenge c) {
        id = wantedId;
        code = wantedCode;
        challenge = c;
        panel = new ChallengePanel(new ChallengeAttempt(c));
        panel.addRestartListener(e -> presenter.load(c.start().lesson()));
        panel.addSolvedListener(e -> {
            if (!CUSTOM.equals(id)) {
                SolvedChallenges.remember(this, id);
            }
        });
        Anchor all = new Anchor(ChallengeListView.PATH, "All challenges");
        all.setId("challenge-list-link");
        all.addClassName("challenge-more");
        panel.addAction(all);
        screen.setBanner(panel);
        screen.setHidden(c.constraints().hidden()); // e.g. mystery W_K: its numbers never reach the browser
        panel.update(presenter.state());
    }

    @Override
    protected void changed() {
        if (panel != null) {
            panel.update(presenter.state());
        }
    }

    @Override
    protected String path(Step step) {
        return pathOf(id) + "/" + step.slug();
    }

    @Override
    protected Map<String, String> extraQuery() {
        return code == null ? Map.of() : Map.of(CODE, code);
    }

    /** The panel (null before a challenge is entered). */
    public ChallengePanel panel() {
        return panel;
    }

    public Challenge challenge() {
        return challenge;
    }

    @Override
    public String getPageTitle() {
        return challenge == null ? "Challenge — Attention Lab" : challenge.title() + " — Challenge — Attention Lab";
    }
}
