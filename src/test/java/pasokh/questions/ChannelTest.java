package pasokh.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChannelTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1420             | PHONE
            ۱۴۲۰             | PHONE
            ١٤٢٠             | PHONE
            ' 1420 '         | PHONE
            phone            | PHONE
            Phone            | PHONE
            تلفن             | PHONE
            تلفنی            | PHONE
            sms              | SMS
            SMS              | SMS
            پیامک            | SMS
            پيامك            | SMS
            پیام کوتاه       | SMS
            portal           | PORTAL
            Portal           | PORTAL
            پورتال           | PORTAL
            in-person        | IN_PERSON
            In Person        | IN_PERSON
            in_person        | IN_PERSON
            حضوری            | IN_PERSON
            حضوري            | IN_PERSON
            voicemail        | VOICEMAIL
            Voice-Mail       | VOICEMAIL
            پست صوتی         | VOICEMAIL
            پست‌صوتی         | VOICEMAIL
            پست صوتي         | VOICEMAIL
            """)
    void officeChannelsByAnyOfTheirNames(String text, Channel expected) {
        assertEquals(Optional.of(expected), Channel.parse(text));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "fax", "1421", "14200", "ایمیل", "telegram"})
    void otherNamesAreNotChannels(String text) {
        assertEquals(Optional.empty(), Channel.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1420", "sms", "portal", "in-person", "voicemail"})
    void eachIdIsReadBackAsItsChannel(String id) {
        Channel c = Channel.byId(id).orElseThrow();
        assertEquals(Optional.of(c), Channel.parse(c.id()));
        assertEquals(id, c.id());
    }
}
