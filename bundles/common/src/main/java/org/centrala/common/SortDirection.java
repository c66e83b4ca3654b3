package org.centrala.common;

public enum SortDirection {
    ASC, DESC
}
