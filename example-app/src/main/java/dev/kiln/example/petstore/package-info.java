/**
 * The Swagger Petstore ({@code petstore3.swagger.io}, OpenAPI 3.0 edition) on Kiln: its 19
 * operations on pets, orders and users against thread-safe in-memory stores, with JSON and form
 * bodies (the reference's XML media types are left out). Operation ids are the handler method
 * names; the first sentence of each method's Javadoc is the reference's summary, the next
 * paragraph its description (word for word; notes on behaviour are {@code @implNote}s).
 * Properties the reference does not require are {@code Optional}.
 */
package dev.kiln.example.petstore;
