package org.centrala.ui.views.agents;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import org.centrala.ui.client.api.AgentsApi;
import org.centrala.ui.client.api.CallsApi;
import org.centrala.ui.client.api.LinesApi;
import org.centrala.ui.client.api.QueuesApi;
import org.centrala.ui.client.api.RoutingApi;
import org.centrala.ui.client.model.Agent;
import org.centrala.ui.client.model.AgentState;
import org.centrala.ui.client.model.CallRecord;
import org.centrala.ui.client.model.CallRecordPage;
import org.centrala.ui.client.model.Line;
import org.centrala.ui.client.model.LineHolderRequest;
import org.centrala.ui.client.model.PauseRequest;
import org.centrala.ui.client.model.PhoneCall;
import org.centrala.ui.client.model.PlaceCallRequest;
import org.centrala.ui.client.model.TransferRequest;
import org.centrala.ui.client.model.UserCalls;
import org.centrala.ui.core.CoreRefusedException;
import org.centrala.ui.core.SignedIn;
import org.centrala.ui.components.Paged;
import org.centrala.ui.components.Problems;
import org.centrala.ui.components.Texts;
import org.centrala.ui.views.shell.MainLayout;
import org.centrala.ui.views.shell.TenantArea;

/**
 * An agent's own desk (issue 11, R7, R11, R12): its state in its queues with log-in, pause with one
 * of the tenant's reasons, resume and log-out; click-to-call from its own phone; its own calls.
 * Laid out to wrap on a phone's narrow screen.
 */
@Route(value = "tenants/:tenantId/desk", layout = MainLayout.class)
public class AgentDeskView extends TenantArea {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    /** How often the open desk follows the phone and the agent's state. */
    static final int FOLLOW_MILLIS = 2000;
    private final Span state = new Span();
    private final Span currentCall = new Span();
    /** Issue 12: the agent's own figures of today, as its wallboard card counts them. */
    private final Span today = new Span();
    private Registration following;
    private final ComboBox<String> reason = new ComboBox<>(Texts.t("agent.pauseReason"));
    private final Button logIn = new Button(Texts.t("agent.logIn"));
    private final Button pause = new Button(Texts.t("agent.pause"));
    private final Button resume = new Button(Texts.t("agent.resume"));
    private final Button logOut = new Button(Texts.t("agent.logOut"));

    public AgentDeskView() {
        super("desk.title");
    }

    @Override
    protected void show() {
        String me = signedIn().me().getUser().getId();
        AgentsApi agents = signedIn().api(AgentsApi.class, AgentsApi::new);
        state.setId("agent-state");
        reason.setId("agent-pause-reason");
        List<String> reasons = Problems.attempt(() -> signedIn().api(QueuesApi.class, QueuesApi::new).listPauseReasons(tenantId).getReasons())
                .orElse(List.of());
        reason.setItems(reasons);
        logIn.setId("agent-login");
        pause.setId("agent-pause");
        resume.setId("agent-resume");
        logOut.setId("agent-logout");
        logIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        logIn.addClickListener(click -> Problems.attempt(() -> agents.agentLogIn(tenantId, me)).ifPresent(this::showState));
        pause.addClickListener(click -> Problems.attempt(() -> agents.agentPause(tenantId, me, new PauseRequest().reason(reason.getValue())))
                .ifPresent(this::showState));
        resume.addClickListener(click -> Problems.attempt(() -> agents.agentResume(tenantId, me)).ifPresent(this::showState));
        logOut.addClickListener(click -> Problems.attempt(() -> agents.agentLogOut(tenantId, me)).ifPresent(this::showState));
        Button refresh = new Button(VaadinIcon.REFRESH.create(), click -> Problems.attempt(() -> agents.getAgent(tenantId, me))
                .ifPresent(this::showState));
        refresh.setId("agent-refresh");
        refresh.setAriaLabel(Texts.t("action.refresh"));
        HorizontalLayout actions = row(logIn, reason, pause, resume, logOut, refresh);
        HorizontalLayout line = new HorizontalLayout();
        showLine(line, me);
        Problems.attempt(() -> agents.getAgent(tenantId, me)).ifPresent(this::showState);

        TextField destination = new TextField(Texts.t("desk.destination"));
        destination.setId("call-destination");
        destination.setPlaceholder("101, +381 64 123 4567");
        Button call = new Button(Texts.t("desk.call"), VaadinIcon.PHONE.create());
        call.setId("call-place");
        call.addClickListener(click -> Problems.attempt(() -> signedIn().api(RoutingApi.class, RoutingApi::new)
                .placeCall(tenantId, me, new PlaceCallRequest().destination(destination.getValue())))
                .ifPresent(placed -> Problems.done(Texts.t("desk.calling", destination.getValue()))));
        Checkbox talkFirst = new Checkbox(Texts.t("desk.talkFirst"));
        talkFirst.setId("call-transfer-attended");
        Button transfer = new Button(Texts.t("desk.transfer"), VaadinIcon.ARROW_FORWARD.create());
        transfer.setId("call-transfer");
        transfer.addClickListener(click -> Problems.attempt(() -> signedIn().api(RoutingApi.class, RoutingApi::new)
                .transferCall(tenantId, me, new TransferRequest().destination(destination.getValue()).attended(talkFirst.getValue())))
                .ifPresent(done -> Problems.done(Texts.t(Boolean.TRUE.equals(talkFirst.getValue()) ? "desk.consulting"
                        : "desk.transferred", destination.getValue()))));
        Button back = new Button(Texts.t("desk.backToCaller"), VaadinIcon.ARROW_BACKWARD.create());
        back.setId("call-transfer-cancel");
        back.addClickListener(click -> Problems.attempt(() -> {
            signedIn().api(RoutingApi.class, RoutingApi::new).cancelTransfer(tenantId, me);
            return Boolean.TRUE;
        }).ifPresent(done -> Problems.done(Texts.t("desk.backWithCaller"))));
        Button hangUp = new Button(Texts.t("desk.hangUp"), VaadinIcon.PHONE_LANDLINE.create());
        hangUp.setId("call-hangup");
        hangUp.addThemeVariants(ButtonVariant.LUMO_ERROR);
        hangUp.addClickListener(click -> Problems.attempt(() -> signedIn().api(RoutingApi.class, RoutingApi::new)
                .hangUpCall(tenantId, me)).ifPresent(done -> Problems.done(Texts.t("desk.hungUp"))));

        Grid<CallRecord> calls = new Grid<>();
        calls.setId("my-calls");
        calls.addColumn(c -> c.getStartedAt() == null ? "" : TIME.format(c.getStartedAt())).setHeader(Texts.t("call.startedAt"));
        calls.addColumn(c -> Texts.t("direction." + c.getDirection().getValue())).setHeader(Texts.t("call.direction"));
        calls.addColumn(CallRecord::getFromNumber).setHeader(Texts.t("call.from"));
        calls.addColumn(CallRecord::getToNumber).setHeader(Texts.t("call.to"));
        calls.addColumn(CallRecord::getTalkSeconds).setHeader(Texts.t("call.talkSeconds"));
        CallsApi callsApi = signedIn().api(CallsApi.class, CallsApi::new);
        Paged.show(calls, (page, size) -> {
            CallRecordPage answer = callsApi.listUserCalls(tenantId, me, null, null, null, page, size, null);
            return Paged.of(answer.getItems(), answer.getTotal());
        });
        currentCall.setId("current-call");
        showCurrentCall(me);
        today.setId("my-figures");
        showToday(me);
        add(new H3(Texts.t("desk.line")), line, new H3(Texts.t("desk.state")), state, actions, new H3(Texts.t("desk.today")), today,
                new H3(Texts.t("desk.placeCall")),
                currentCall, row(destination, call, hangUp), row(talkFirst, transfer, back),
                new H3(Texts.t("desk.myCalls")), calls);
        expand(calls);
    }

    /**
     * While the desk is open it follows the phone (its current call) and the agent's state every
     * {@value #FOLLOW_MILLIS} ms: a call rings, is taken and ends without the agent reloading.
     */
    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        UI ui = attach.getUI();
        ui.setPollInterval(FOLLOW_MILLIS);
        following = ui.addPollListener(poll -> SignedIn.current().ifPresent(session -> {
            String me = session.me().getUser().getId();
            showCurrentCall(me);
            showToday(me);
            CoreRefusedException.quietly(() -> session.api(AgentsApi.class, AgentsApi::new).getAgent(tenantId, me))
                    .ifPresent(this::showState);
        }));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        if (following != null) {
            following.remove();
            following = null;
        }
        super.onDetach(detach);
    }

    /** Answered queue calls, talk, pause and log-in time of today, in the tenant's time zone. */
    private void showToday(String me) {
        CoreRefusedException.quietly(() -> signedIn().api(org.centrala.ui.client.api.StatisticsApi.class,
                org.centrala.ui.client.api.StatisticsApi::new).getAgentToday(tenantId, me)).ifPresent(figures -> {
            org.centrala.ui.client.model.Figures f = figures.getToday();
            today.setText(Texts.t("desk.todayFigures", f.getAnswered(),
                    org.centrala.ui.views.statistics.WallboardView.duration(Math.round(f.getTalkSeconds())),
                    org.centrala.ui.views.statistics.WallboardView.duration(Math.round(f.getPausedSeconds())),
                    org.centrala.ui.views.statistics.WallboardView.duration(Math.round(f.getLoggedInSeconds()))));
            today.getElement().setAttribute("data-answered", String.valueOf(f.getAnswered()));
        });
    }

    /** The phone's calls as the phone shows them: ringing, calling or talking, with whom. */
    private void showCurrentCall(String me) {
        List<PhoneCall> now = CoreRefusedException.quietly(() -> signedIn().api(RoutingApi.class, RoutingApi::new)
                .getCurrentCalls(tenantId, me)).map(UserCalls::getCalls).orElse(null);
        if (now == null) {
            return; // the core did not answer this time: the next poll tries again
        }
        if (now.isEmpty()) {
            currentCall.setText(Texts.t("desk.noCall"));
            currentCall.getElement().setAttribute("data-state", "NONE");
            return;
        }
        // Every call on the phone, oldest first: a queue call may ring while the agent talks or dials.
        currentCall.setText(now.stream().map(AgentDeskView::describe).collect(java.util.stream.Collectors.joining(" · ")));
        currentCall.getElement().setAttribute("data-state", now.get(now.size() - 1).getState().getValue());
    }

    private static String describe(PhoneCall call) {
        String party = call.getOtherNumber() == null ? Texts.t("desk.unknownParty")
                : call.getOtherName() == null ? call.getOtherNumber() : call.getOtherNumber() + " (" + call.getOtherName() + ")";
        return Texts.t("desk.call." + call.getState().getValue(), party, call.getConnectedAt() == null ? ""
                : TIME.format(call.getConnectedAt()));
    }

    /**
     * R11: the line the agent holds, with a way to leave it (which leaves its queues too), or the
     * free lines to take for the shift.
     */
    private void showLine(HorizontalLayout area, String me) {
        area.removeAll();
        area.setWrap(true);
        area.setAlignItems(FlexComponent.Alignment.BASELINE);
        LinesApi lines = signedIn().api(LinesApi.class, LinesApi::new);
        List<Line> all = Problems.attempt(() -> lines.listLines(tenantId, 0, 500, null).getItems()).orElse(List.of());
        Line held = all.stream().filter(l -> me.equals(l.getHeldBy())).findFirst().orElse(null);
        if (held != null) {
            Span at = new Span(Texts.t("desk.atLine", held.getName()));
            at.setId("line-held");
            Button leave = new Button(Texts.t("desk.leaveLine"), click -> Problems.attempt(() -> lines.logOutOfLine(tenantId, held.getId(), me))
                    .ifPresent(left -> {
                        showLine(area, me);
                        Problems.attempt(() -> signedIn().api(AgentsApi.class, AgentsApi::new).getAgent(tenantId, me)).ifPresent(this::showState);
                    }));
            leave.setId("line-leave");
            area.add(at, leave);
            return;
        }
        ComboBox<Line> free = new ComboBox<>(Texts.t("desk.freeLines"), all.stream().filter(l -> l.getHeldBy() == null).toList());
        free.setId("line-choice");
        free.setItemLabelGenerator(Line::getName);
        Button take = new Button(Texts.t("desk.takeLine"), click -> {
            if (free.getValue() != null) {
                Problems.attempt(() -> lines.logInToLine(tenantId, free.getValue().getId(), new LineHolderRequest().userId(me)))
                        .ifPresent(taken -> showLine(area, me));
            }
        });
        take.setId("line-take");
        area.add(free, take);
    }

    private void showState(Agent agent) {
        AgentState now = agent.getState();
        String text = Texts.t("agentState." + now.getValue());
        if (agent.getPauseReason() != null) {
            text += " (" + agent.getPauseReason() + ")";
        }
        if (agent.getSince() != null) {
            text += " " + Texts.t("agent.since", TIME.format(agent.getSince()));
        }
        state.setText(text);
        state.getElement().setAttribute("data-state", now.getValue());
        boolean in = now != AgentState.LOGGED_OUT;
        logIn.setEnabled(!in);
        logOut.setEnabled(in);
        boolean paused = agent.getPauseReason() != null;
        pause.setEnabled(in && !paused);
        reason.setEnabled(in && !paused);
        resume.setEnabled(in && paused);
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... parts) {
        HorizontalLayout row = new HorizontalLayout(parts);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }
}
