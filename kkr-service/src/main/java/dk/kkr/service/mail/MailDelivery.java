package dk.kkr.service.mail;

import dk.kkr.store.MailQueue;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Sends the queued e-mail ({@link MailQueue}) over SMTP, configured by environment: {@code KKR_SMTP_HOST} (none: no
 * mail is sent, it waits in the queue), {@code KKR_SMTP_PORT} (25), {@code KKR_SMTP_FROM}, {@code KKR_SMTP_USER} and
 * {@code KKR_SMTP_PASSWORD} (both, or no login), {@code KKR_SMTP_STARTTLS} ({@code true} to require it), and
 * {@code KKR_SITE_URL}, the site's address that links in the mails begin with. A mail the server refuses, or one sent
 * while it does not answer, stays queued with its error and is tried again at the next delivery. Thread-safe.
 */
public final class MailDelivery {

    /** Mails sent in one delivery at most. */
    private static final int BATCH = 100;

    private final MailQueue queue;
    private final Session session;
    private final InternetAddress from;
    private final String site;

    private MailDelivery(MailQueue queue, Session session, InternetAddress from, String site) {
        this.queue = queue;
        this.session = session;
        this.from = from;
        this.site = site;
    }

    /** The delivery the environment configures; empty when it names no SMTP server. */
    public static Optional<MailDelivery> fromEnvironment(DataSource dataSource, Map<String, String> env) {
        String host = env.get("KKR_SMTP_HOST");
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.strip());
        properties.put("mail.smtp.port", env.getOrDefault("KKR_SMTP_PORT", "25").strip());
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.starttls.required", env.getOrDefault("KKR_SMTP_STARTTLS", "false").strip());
        properties.put("mail.smtp.starttls.enable", env.getOrDefault("KKR_SMTP_STARTTLS", "false").strip());
        String user = env.get("KKR_SMTP_USER");
        String password = env.get("KKR_SMTP_PASSWORD");
        Authenticator login = null;
        if (user != null && password != null) {
            properties.put("mail.smtp.auth", "true");
            login = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            };
        }
        try {
            return Optional.of(new MailDelivery(new MailQueue(dataSource), Session.getInstance(properties, login),
                    new InternetAddress(env.getOrDefault("KKR_SMTP_FROM", "kkr-platform@localhost").strip()),
                    env.getOrDefault("KKR_SITE_URL", "").strip().replaceAll("/+$", "")));
        } catch (MessagingException e) {
            throw new IllegalArgumentException("KKR_SMTP_FROM is no e-mail address: " + e.getMessage(), e);
        }
    }

    /** Sends what is queued, oldest first, until the queue is empty or the server fails; how many were sent. */
    public synchronized int deliver() {
        int sent = 0;
        for (MailQueue.Mail mail : queue.unsent(BATCH)) {
            try {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(from);
                message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.to()));
                message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
                message.setText(mail.body().replace(MailQueue.SITE, site), StandardCharsets.UTF_8.name());
                Transport.send(message);
                queue.sent(mail.id());
                sent++;
            } catch (SendFailedException e) {
                // this address is refused: the mail stays queued with the error, the others go on
                queue.failed(mail.id(), e.getMessage());
            } catch (MessagingException e) {
                queue.failed(mail.id(), e.getMessage());
                // the server does not answer: the rest waits for the next delivery
                break;
            }
        }
        return sent;
    }
}
