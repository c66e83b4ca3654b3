package org.centrala.pbx.internal.link;

import org.asteriskjava.manager.event.ResponseEvent;

/** The end of a list Asterisk answers an action with ("EventList: Complete", "ListItems: n"). */
public abstract class ListCompleteEvent extends ResponseEvent {
    private static final long serialVersionUID = 1L;
    private String eventList;
    private Integer listItems;

    protected ListCompleteEvent(Object source) {
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
