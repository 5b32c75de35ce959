/**
 * Cookie naming the household member's folder a customer is viewing. Only a hint: the request
 * context honours it while a consent exists and otherwise shows the customer's own folder.
 */
export const FOLDER_COOKIE = "mp_folder";
