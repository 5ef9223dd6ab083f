package dk.jobmatch.matcher.crm;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import dk.jobmatch.api.model.CrmPush;
import java.util.List;
import java.util.Map;
import org.springframework.boot.jackson.JacksonMixin;

/**
 * A pushed record is in the CRM's own shape, where null members are normal
 * ({@code "address1_line2": null}). Request bodies refuse null array elements (web's
 * {@code StrictJson}), and Jackson hands a list's null rule down to the members of the maps inside
 * it, so without this a Dynamics record with an empty field would be refused. The records keep
 * their nulls here; a record that is itself null is refused by the push's own rule
 * ({@link CrmSourceController}).
 */
@JacksonMixin(CrmPush.class)
abstract class CrmPushNulls {
  @JsonSetter(contentNulls = Nulls.SET)
  List<Map<String, Object>> records;
}
