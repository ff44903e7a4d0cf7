package dk.kkr.service.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dk.kkr.store.AuthoredAgendas;
import dk.kkr.store.MailQueue;
import dk.kkr.store.access.Account;
import dk.kkr.store.access.AccountStore;
import dk.kkr.store.access.Role;
import dk.kkr.store.read.ArchiveFixture;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The members hear of their agenda by e-mail, through a real SMTP server (GreenMail, in the test's process): the mail
 * is queued with the release and with each change after it, waits while the server is down, and is sent when it
 * answers — to the KKR's members with an address, nobody else.
 */
class MailDeliveryTest {

    private GreenMail smtp;

    @AfterEach
    void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void theMembersAreToldOfTheReleaseAndOfEachChangeAndNoMailIsLostWhileTheServerIsDown() throws Exception {
        DataSource dataSource = ArchiveFixture.load().dataSource();
        AccountStore accounts = new AccountStore(dataSource);
        Account secretariat = accounts.add("mette", Role.SECRETARIAT, List.of("midtjylland"), "mette@kkr.example", null);
        accounts.add("lars", Role.MEMBER, List.of("midtjylland"), "lars@viborg.example", null);
        accounts.add("ib", Role.MEMBER, List.of("midtjylland"), null, null);
        accounts.add("bo", Role.MEMBER, List.of("syddanmark"), "bo@odense.example", null);
        AuthoredAgendas agendas = new AuthoredAgendas(dataSource);
        AuthoredAgendas.Agenda agenda = agendas.createMeeting("midtjylland", LocalDate.of(2027, 3, 1), null, null,
                secretariat);
        long item = agendas.addItem(agenda.meetingId(), 3, new AuthoredAgendas.ItemFields("Fælles udbud af busdrift",
                null, null, Map.of()), secretariat);
        assertThat(new MailQueue(dataSource).unsent(10)).as("a draft tells nobody").isEmpty();

        agendas.release(agenda.meetingId(), secretariat);
        int port = freePort();
        MailDelivery delivery = MailDelivery.fromEnvironment(dataSource, Map.of("KKR_SMTP_HOST", "127.0.0.1",
                "KKR_SMTP_PORT", Integer.toString(port), "KKR_SMTP_FROM", "kkr@kkr.example",
                "KKR_SITE_URL", "https://kkr.example/")).orElseThrow();
        assertThat(delivery.deliver()).as("the server is down").isZero();
        assertThat(new MailQueue(dataSource).unsent(10)).singleElement()
                .satisfies(mail -> assertThat(mail.to()).isEqualTo("lars@viborg.example"));

        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        assertThat(delivery.deliver()).isEqualTo(1);
        agendas.updateItem(item, new AuthoredAgendas.ItemFields("Fælles udbud af busdrift 2028", null, null, Map.of()),
                secretariat);
        assertThat(delivery.deliver()).isEqualTo(1);
        assertThat(delivery.deliver()).as("each mail is sent once").isZero();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getAllRecipients()).extracting(Object::toString).containsExactly("lars@viborg.example");
        assertThat(received[0].getSubject()).isEqualTo("Dagsorden udsendt: KKR Midtjylland, møde 1. marts 2027");
        assertThat(GreenMailUtil.getBody(received[0])).contains("https://kkr.example/moeder/" + agenda.meetingId());
        assertThat(received[1].getSubject()).isEqualTo("Dagsorden ændret: KKR Midtjylland, møde 1. marts 2027");
        assertThat(MailDelivery.fromEnvironment(dataSource, Map.of())).as("no server configured").isEmpty();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
