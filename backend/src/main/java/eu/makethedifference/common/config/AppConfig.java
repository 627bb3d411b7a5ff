package eu.makethedifference.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Application settings under {@code mtd.}; each can be set from the environment (MTD_...). */
@ConfigMapping(prefix = "mtd")
public interface AppConfig {

    /** Directory for the embedded database and generated keys (MTD_DATA_DIR). */
    @WithDefault("data")
    String dataDir();

    /** Set by the launcher when it started the embedded PostgreSQL server. */
    @WithDefault("false")
    boolean embeddedDatabase();

    Cors cors();

    /** Seed demo regions, organisations and accounts. Refused in the prod profile. */
    Demo demo();

    Auth auth();

    Agreements agreements();

    RateLimit rateLimit();

    Referrals referrals();

    Mentoring mentoring();

    Webhooks webhooks();

    /** Interface languages the platform speaks; a user's preferred language must be one of them. */
    @WithDefault("en,de,sl")
    List<String> languages();

    interface Agreements {
        /** When the daily job marks overdue commitments (Quartz-style cron, server time). */
        @WithDefault("0 15 2 * * ?")
        String overdueCron();
    }

    interface Referrals {
        /** How long an ended referral (closed, declined, withdrawn) keeps its personal fields (MTD_REFERRALS_RETENTION). */
        @WithDefault("P730D")
        Duration retention();

        /** When the daily job anonymises ended referrals past the retention period (Quartz-style cron). */
        @WithDefault("0 30 2 * * ?")
        String retentionCron();
    }

    interface Mentoring {
        /** When the daily job suspends mentors with an expired certificate and flags quiet matches (cron). */
        @WithDefault("0 45 2 * * ?")
        String dailyCron();

        /** Days without a diary entry after which an active match is flagged. */
        @WithDefault("14")
        int quietDays();

        /** Days before a certificate expires from which it is flagged. */
        @WithDefault("30")
        int certificateWarningDays();

        /** How long a set-password link for a new mentor account stays valid. */
        @WithDefault("P7D")
        Duration passwordLinkLifetime();

        /** Write set-password links to the log (development and demo only: the link is a secret). */
        @WithDefault("false")
        boolean logPasswordLinks();

        /** The address the SPA is served from, for links in messages. */
        @WithDefault("http://localhost:8080")
        String publicUrl();
    }

    interface Webhooks {
        /**
         * Key that encrypts the subscriptions' signing secrets at rest: 32 bytes, base64 (MTD_WEBHOOKS_SECRET_KEY).
         * Without it a key is derived from the token signing key, and rotating that key needs new webhook secrets.
         */
        Optional<String> secretKey();

        /** How often the sender looks for due deliveries ("off" stops it on this instance). */
        @WithDefault("5s")
        String pollInterval();

        /** Retries stop this long after the event (or a redelivery); the delivery is failed, its subscription off. */
        @WithDefault("24h")
        Duration retryWindow();

        /** Wait before the first retry; it doubles with each attempt up to maxRetryInterval. */
        @WithDefault("30s")
        Duration firstRetry();

        @WithDefault("2h")
        Duration maxRetryInterval();

        /** Connect and response timeout of one delivery. */
        @WithDefault("5s")
        Duration timeout();

        /**
         * Development only: hosts (exactly as written in the URL) that may be called over plain HTTP and on
         * loopback or private addresses. Empty by default: such URLs are refused.
         */
        Optional<List<String>> developmentHosts();
    }

    interface RateLimit {
        /** Requests a minute one address may make to a public endpoint (certificate checks and the like). */
        @WithDefault("30")
        int publicPerMinute();

        /** Changes (POST, PUT, DELETE) a minute one signed-in account may make; beyond it 429. */
        @WithDefault("300")
        int writesPerMinute();
    }

    interface Cors {
        /** Origins allowed to call the API from a browser, comma separated; none by default (same origin only). */
        Optional<List<String>> origins();
    }

    interface Demo {
        /** On by default with the embedded database, off with an external one. */
        @WithDefault("false")
        boolean enabled();
    }

    interface Auth {
        /** Token issuer (iss), verified on every request. */
        String issuer();

        /** Token audience (aud), verified on every request. */
        String audience();

        /** Access token lifetime; at most 15 minutes. */
        @WithDefault("PT15M")
        Duration accessTokenLifetime();

        /** Refresh token lifetime; each use rotates it. */
        @WithDefault("PT8H")
        Duration refreshTokenLifetime();

        /** Absolute lifetime of a login session (refresh token family). */
        @WithDefault("PT12H")
        Duration sessionLifetime();

        /** Failed logins per account within {@link #failureWindow()} before it is locked. */
        @WithDefault("6")
        int maxFailures();

        @WithDefault("PT1M")
        Duration failureWindow();

        /** How long a throttled account answers 429. */
        @WithDefault("PT1M")
        Duration lockout();

        /** bcrypt cost for password hashes (at least 12). */
        @WithDefault("12")
        int bcryptCost();
    }
}
