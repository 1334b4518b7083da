package dev.barista.core.eventsource;

import static dev.barista.core.eventsource.EventSourceMappingState.CREATING;
import static dev.barista.core.eventsource.EventSourceMappingState.DELETING;
import static dev.barista.core.eventsource.EventSourceMappingState.DISABLED;
import static dev.barista.core.eventsource.EventSourceMappingState.DISABLING;
import static dev.barista.core.eventsource.EventSourceMappingState.ENABLED;
import static dev.barista.core.eventsource.EventSourceMappingState.ENABLING;
import static dev.barista.core.eventsource.EventSourceMappingState.UPDATING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventSourceMappingStateTest {

    @Test
    void statesCarryLambdasNames() {
        assertThat(EventSourceMappingState.values()).extracting(EventSourceMappingState::awsName)
                .containsExactly("Creating", "Enabling", "Enabled", "Disabling", "Disabled", "Updating", "Deleting");
    }

    @Test
    void aNewMappingIsCreatingAndSettlesAsItsEnabledFlagSays() {
        assertThat(EventSourceMappingState.created()).isEqualTo(CREATING);
        assertThat(CREATING.settle(true)).isEqualTo(ENABLED);
        assertThat(CREATING.settle(false)).isEqualTo(DISABLED);
    }

    @Test
    void disablingAnEnabledMappingPassesThroughDisabling() {
        assertThat(ENABLED.update("u", false)).isEqualTo(DISABLING);
        assertThat(DISABLING.settle(false)).isEqualTo(DISABLED);
    }

    @Test
    void enablingADisabledMappingPassesThroughEnabling() {
        assertThat(DISABLED.update("u", true)).isEqualTo(ENABLING);
        assertThat(ENABLING.settle(true)).isEqualTo(ENABLED);
    }

    @Test
    void anUpdateThatKeepsTheFlagIsUpdating() {
        assertThat(ENABLED.update("u", true)).isEqualTo(UPDATING);
        assertThat(DISABLED.update("u", false)).isEqualTo(UPDATING);
        assertThat(UPDATING.settle(true)).isEqualTo(ENABLED);
    }

    @Test
    void settledMappingsMayBeDeleted() {
        assertThat(ENABLED.delete("u")).isEqualTo(DELETING);
        assertThat(DISABLED.delete("u")).isEqualTo(DELETING);
    }

    @ParameterizedTest
    @EnumSource(value = EventSourceMappingState.class, names = {"CREATING", "ENABLING", "DISABLING", "UPDATING",
            "DELETING"})
    void aMappingMidChangeRefusesUpdatesAndDeletesAsInUse(EventSourceMappingState state) {
        assertThat(state.settled()).isFalse();
        assertThatThrownBy(() -> state.update("u", true)).isInstanceOf(BaristaException.class)
                .extracting(failure -> ((BaristaException) failure).code()).isEqualTo(ErrorCode.RESOURCE_IN_USE);
        assertThatThrownBy(() -> state.delete("u")).isInstanceOf(BaristaException.class)
                .hasMessageContaining("while it is " + state.awsName());
    }

    @Test
    void aDeletingMappingNeverSettles() {
        assertThatThrownBy(() -> DELETING.settle(true)).isInstanceOf(IllegalStateException.class);
    }
}
