package org.centrala.pbx.internal.link;

import org.asteriskjava.manager.event.ResponseEvent;

/** The end of the list of channels a {@link HangupChannelsAction} hung up. */
public final class ChannelsHungupListCompleteEvent extends ResponseEvent {
    private static final long serialVersionUID = 1L;
    private String eventList;
    private Integer listItems;

    public ChannelsHungupListCompleteEvent(Object source) {
        super(source);
    }

    public String getEventList() {
        return eventList;
    }

    public void setEventList(String eventList) {
        this.eventList = eventList;
    }

    public Integer getListItems() {
        return listItems;
    }

    public void setListItems(Integer listItems) {
        this.listItems = listItems;
    }
}
