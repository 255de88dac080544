package org.zwgk.portal.requests;

/** How the answer reaches the applicant (获取信息的方式). */
public enum Delivery {
    POST, PICKUP, EMAIL, ONLINE
}
