package dev.kiln.example.petstore;

import java.util.Optional;

/**
 * A user of the store. The store keys users by {@code username}, so it needs one to create a
 * user.
 *
 * @param id the user's id
 * @param username the name the user logs in with, e.g. {@code theUser}
 * @param firstName the first name
 * @param lastName the last name
 * @param email the e-mail address
 * @param password the password
 * @param phone the phone number
 * @param userStatus User Status
 */
public record User(
    Optional<Long> id,
    Optional<String> username,
    Optional<String> firstName,
    Optional<String> lastName,
    Optional<String> email,
    Optional<String> password,
    Optional<String> phone,
    Optional<Integer> userStatus) {}
