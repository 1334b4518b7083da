package dev.barista.aws.protocol.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.barista.aws.http.QueryParameters;
import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryBindingTest {

    record Tag(String key, String value) {
    }

    record Item(String name, List<Tag> tags, Map<String, String> attributes, Double weight) {
    }

    record Input(String name, Integer count, Long size, Boolean enabled, Instant at, List<String> labels,
                 List<Item> items, Item main) {
    }

    @Test
    void membersListsMapsAndNestedRecordsBind() {
        Input input = QueryBinding.read(QueryParameters.parse("Action=Do&Name=n&Count=3&Size=12345678901"
                + "&Enabled=true&At=2026-11-22T10:15:30.250Z&Labels.member.2=b&Labels.member.1=a"
                + "&Items.member.1.Name=first&Items.member.1.Tags.member.1.Key=k&Items.member.1.Tags.member.1.Value=v"
                + "&Items.member.1.Attributes.entry.1.key=colour&Items.member.1.Attributes.entry.1.value=red"
                + "&Items.member.10.Name=tenth&Main.Weight=2.5"), Input.class);

        assertThat(input).isEqualTo(new Input("n", 3, 12345678901L, true, Instant.parse("2026-11-22T10:15:30.250Z"),
                List.of("a", "b"), List.of(new Item("first", List.of(new Tag("k", "v")), Map.of("colour", "red"),
                        null), new Item("tenth", null, null, null)), new Item(null, null, null, 2.5)));
    }

    @Test
    void absentMembersAreNullAndAnEmptyListIsEmpty() {
        Input input = QueryBinding.read(QueryParameters.parse("Labels="), Input.class);

        assertThat(input.labels()).isEmpty();
        assertThat(input.items()).isNull();
        assertThat(input.main()).isNull();
        assertThat(input.name()).isNull();
    }

    @Test
    void aValueThatDoesNotFitNamesItsParameter() {
        assertThatThrownBy(() -> QueryBinding.read(QueryParameters.parse("Items.member.1.Weight=heavy"), Input.class))
                .isInstanceOfSatisfying(BaristaException.class, exception -> {
                    assertThat(exception.code()).isEqualTo(ErrorCode.INVALID_PARAMETER_VALUE);
                    assertThat(exception.getMessage())
                            .isEqualTo("The value heavy for parameter Items.member.1.Weight is invalid.");
                });
    }

    @Test
    void outputRecordsBecomeElementsWithMembersAndEntries() {
        List<XmlElement> elements = QueryBinding.write(new Item("x", List.of(new Tag("k", "v")), Map.of("a", "b"),
                null));

        assertThat(elements).containsExactly(XmlElement.text("Name", "x"),
                XmlElement.of("Tags", XmlElement.of("member", XmlElement.text("Key", "k"), XmlElement.text("Value",
                        "v"))),
                XmlElement.of("Attributes", XmlElement.of("entry", XmlElement.text("key", "a"),
                        XmlElement.text("value", "b"))));
    }
}
