package net.zeroxhost.portal.bench.journey;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.http.response.Response;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The issue 14 budget "500 concurrent customers on the whole journey, with the stub 0xhost at
 * 50 ms: 0 errors, p95 &lt; 200 ms on the portal's own pages", as a Gatling simulation run by
 * {@code scripts/journey-load} against a Payara Micro it started. The wrk figures of
 * {@code scripts/perf-benchmark} load one page of one session; only a journey shows what many
 * customers cost together: their sessions and Faces views, the sign-ups, the checkout's call to 0xhost.
 *
 * <p>What "concurrent" means here: each customer signs up and logs in as they arrive (ramped,
 * because the password hash is slow on purpose and bounded, {@code account/HashGate}), then waits
 * at a rendezvous until every customer has arrived; from there all of them walk the rest of the
 * journey at once, with a person's pauses between pages. At the rendezvous every customer holds a
 * signed-in session, and all of them are on the pages within the same half minute.
 *
 * <p>Two groups split the report: {@value #HASHING}, the sign-up and login posts, which wait for
 * PBKDF2; and {@value #PAGES}, everything else, the portal's own pages (the budget's figure). Each
 * request is an execution of its own of its group, so a group's percentiles are those of its
 * requests. A few customers first walk the pages many times over in a group of their own,
 * {@value #WARM_UP}, so that the figures are those of a warm server, not of the JIT compiler.
 * Every answer is checked for the page it should be: a login page or an error page in place of the
 * expected one is an error.
 */
public class CustomerJourneySimulation extends Simulation {

    static final String PAGES = "pages";
    static final String HASHING = "password hashing";
    static final String WARM_UP = "warm-up";

    private static final String BASE_URL = System.getProperty("journey.base-url", "http://127.0.0.1:8820");
    private static final int USERS = Integer.getInteger("journey.users", 500);
    private static final int RAMP_SECONDS = Integer.getInteger("journey.ramp-seconds", 600);
    /** Past the last arrival: time enough for its sign-up and login before the rendezvous. */
    private static final int GATHER_SECONDS = Integer.getInteger("journey.gather-seconds", 30);
    private static final int THINK_MIN_MS = Integer.getInteger("journey.think-min-ms", 1000);
    private static final int THINK_MAX_MS = Integer.getInteger("journey.think-max-ms", 5000);
    private static final int WARM_UP_USERS = Integer.getInteger("journey.warm-up-users", 10);
    private static final int WARM_UP_ROUNDS = Integer.getInteger("journey.warm-up-rounds", 30);
    /** The address of every stub invoice: a payment page showing it shows the stub's invoice. */
    private static final String ADDRESS = "0x7717324E33798466298275C82711084B452A8179";
    private static final String PASSWORD = "journey-password-4711";
    /** The customer reloads a payment page that says "being created" at most so many times. */
    private static final int MAX_POLLS = 20;
    /** One run's emails differ from another's, in case a database is reused by hand. */
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    /** Wall-clock instant of the rendezvous, set when the first customer arrives. */
    private static final AtomicLong rendezvous = new AtomicLong();
    private static final AtomicInteger signedIn = new AtomicInteger();
    private static final AtomicInteger peakSignedIn = new AtomicInteger();
    private static final AtomicInteger late = new AtomicInteger();
    private static final AtomicInteger emails = new AtomicInteger();
    private static final AtomicInteger neverShown = new AtomicInteger();

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("text/html,application/xhtml+xml")
            .acceptLanguageHeader("en")
            .userAgentHeader("0xhost-portal journey-load (Gatling)");

    /** One request, an execution of its own of the group; a customer stops at its first error. */
    private static ChainBuilder step(String group, HttpRequestActionBuilder request) {
        return group(group).on(exec(request)).exitHereIfFailed();
    }

    private static ChainBuilder think(boolean person) {
        return person ? pause(Duration.ofMillis(THINK_MIN_MS), Duration.ofMillis(THINK_MAX_MS)) : exec(session -> session);
    }

    /** A Faces form post: its submit button and the view state of its page; redirects are checked, not followed. */
    private static HttpRequestActionBuilder post(String name, String form) {
        return http(name).post("#{" + form + "Action}")
                .formParam(form, form)
                // Faces runs the action of the button whose client id is sent, whatever its value.
                .formParam(form + ":submit", "submit")
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .disableFollowRedirect();
    }

    /** The form's action and the page's view state, for the post that follows. */
    private static CheckBuilder[] form(String form) {
        return new CheckBuilder[] {
            css("form#" + form, "action").saveAs(form + "Action"),
            css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState")
        };
    }

    /** A redirect to a path matching the pattern (the server may send it absolute); a mismatch names the path. */
    private static CheckBuilder.Final redirectTo(String pathPattern) {
        return header("Location").transform(location -> {
            String path = location == null ? "no redirect" : location.replaceFirst("^https?://[^/]+", "");
            return path.matches(pathPattern) ? pathPattern : path;
        }).is(pathPattern);
    }

    /**
     * A post that must redirect to the path. Gatling checks the status and headers before the
     * body, so the form shown again (a 200) is named by what it says first: the page's message
     * (the hash gate's "too many at this moment", a wrong password, "payments are briefly
     * unavailable" when the bulkhead in front of 0xhost is full), else its heading.
     */
    private static HttpRequestActionBuilder redirected(HttpRequestActionBuilder post, String pathPattern) {
        return post.check(status().in(200, 302))
                .checkIf((Response response, Session session) -> response.status().code() == 302).then(redirectTo(pathPattern))
                .checkIf((Response response, Session session) -> response.status().code() != 302).then(
                        css("main .message, main h1").withDefault("an empty page").is("a redirect")
                                .name("a redirect to " + pathPattern + " (found the page again)"));
    }

    private static ChainBuilder signUpAndLogIn(String pages, String hashing, boolean person) {
        return exec(session -> session.set("email", "journey-" + RUN + "-" + emails.incrementAndGet() + "@example.com"))
                .exec(step(pages, http("sign-up page").get("/signup")
                        .check(status().is(200), substring("<h1>Sign up</h1>"))
                        .check(form("signup"))))
                .exec(think(person))
                .exec(step(hashing, redirected(post("sign up", "signup")
                        .formParam("signup:email", "#{email}")
                        .formParam("signup:password", PASSWORD)
                        .formParam("signup:confirmation", PASSWORD), "/login")))
                .exec(step(pages, http("login page after sign-up").get("/login")
                        .check(status().is(200), substring("<h1>Log in</h1>"), substring("Thank you. Log in with this email"),
                                css("input[name='login:email']", "value").isEL("#{email}"))
                        .check(form("login"))))
                .exec(think(person))
                .exec(step(hashing, redirected(post("log in", "login")
                        .formParam("login:email", "#{email}")
                        .formParam("login:password", PASSWORD), "/plans")));
    }

    /** From the catalog to the payment page showing the new invoice. */
    private static ChainBuilder buy(String pages, boolean person) {
        return exec(think(person))
                .exec(step(pages, http("catalog").get("/plans")
                        .check(status().is(200), substring("<h1>Server plans</h1>"), css("form#logout").exists(),
                                css("a[href*='checkout?plan=']", "href").findRandom().saveAs("checkout"))))
                .exec(think(person))
                .exec(step(pages, http("checkout page").get("#{checkout}")
                        .check(status().is(200), substring("<h1>Confirm your order</h1>"),
                                css("input[name='checkout:key']", "value").saveAs("key"))
                        .check(form("checkout"))))
                .exec(think(person))
                .exec(step(pages, redirected(post("create invoice", "checkout")
                        .formParam("checkout:key", "#{key}")
                        .check(headerRegex("Location", "/invoice\\?id=[^&\\s]+").optional().saveAs("invoice")),
                        "/invoice\\?id=[^&]+")))
                // The page says the invoice is being created until 0xhost has answered; the customer
                // reloads it (the page's own refresh is 3 s; 1 s here).
                .exec(session -> session.set("address", "").set("polls", 0))
                .exec(asLongAs(session -> session.getString("address").isEmpty() && session.getInt("polls") < MAX_POLLS)
                        .on(exec(step(pages, http("payment page").get("#{invoice}")
                                        .check(status().is(200), css("article#payment").exists(),
                                                css("#state").in("Awaiting payment", "Being created"),
                                                // Once shown, the address is the stub's: the invoice is this customer's.
                                                css("#address").withDefault(ADDRESS).is(ADDRESS),
                                                css("#address").optional().saveAs("address"))))
                                .exec(session -> session.set("polls", session.getInt("polls") + 1))
                                .doIf(session -> session.getString("address").isEmpty())
                                .then(pause(Duration.ofSeconds(1)))))
                .exitHereIf(session -> {
                    if (session.getString("address").isEmpty()) {
                        neverShown.incrementAndGet();
                        return true;
                    }
                    return false;
                })
                .exec(think(person))
                .exec(step(pages, http("my invoices").get("/invoices")
                        .check(status().is(200), substring("<h1>My invoices</h1>"), substring("#{invoice}").exists())
                        .check(css("form#logout", "action").saveAs("logoutAction"),
                                css("form#logout input[name='token']", "value").saveAs("logoutToken"))));
    }

    private static ChainBuilder logOut(String pages, boolean person) {
        return exec(think(person))
                // A plain form with the session's token (web/account/LogoutForm), not a Faces one.
                .exec(step(pages, http("log out").post("#{logoutAction}").formParam("token", "#{logoutToken}")
                        .disableFollowRedirect()
                        .check(status().is(302), redirectTo("/login\\?loggedOut=true"))))
                .exec(step(pages, http("logged-out page").get("/login?loggedOut=true")
                        .check(status().is(200), substring("You are logged out."), css("form#logout").notExists())));
    }

    {
        ChainBuilder arrive = exec(session -> {
            rendezvous.compareAndSet(0, System.currentTimeMillis() + (RAMP_SECONDS + GATHER_SECONDS) * 1000L);
            return session;
        });
        ChainBuilder atRendezvous = exec(session -> {
                    peakSignedIn.accumulateAndGet(signedIn.incrementAndGet(), Math::max);
                    if (System.currentTimeMillis() > rendezvous.get()) {
                        late.incrementAndGet();
                    }
                    return session;
                })
                .pause(session -> Duration.ofMillis(Math.max(0, rendezvous.get() - System.currentTimeMillis())));
        ChainBuilder left = exec(session -> {
            signedIn.decrementAndGet();
            return session;
        });

        var warmUp = scenario("warm-up").exec(signUpAndLogIn(WARM_UP, WARM_UP, false),
                repeat(WARM_UP_ROUNDS).on(buy(WARM_UP, false)), logOut(WARM_UP, false));
        var journey = scenario("customer journey").exec(arrive, signUpAndLogIn(PAGES, HASHING, true), atRendezvous,
                buy(PAGES, true), logOut(PAGES, true), left);

        // Staggered: ten sign-ups at once would wait at the hash gate past its 5 s on this machine.
        setUp(warmUp.injectOpen(rampUsers(WARM_UP_USERS).during(Duration.ofSeconds(2L * WARM_UP_USERS)))
                        .andThen(journey.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP_SECONDS)))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L),
                        // Every customer went the whole way, none stopped without a failed request.
                        details(PAGES, "logged-out page").allRequests().count().is((long) USERS));
    }

    @Override
    public void after() {
        System.out.printf("JOURNEY users=%d ramp=%ds rendezvous=%s signed-in-at-once(peak)=%d late-for-rendezvous=%d"
                        + " payment-page-never-showed-the-invoice=%d%n",
                USERS, RAMP_SECONDS, Instant.ofEpochMilli(rendezvous.get()), peakSignedIn.get(), late.get(),
                neverShown.get());
    }
}
