package org.surgepolicy.application.archfixture;

import org.mapstruct.Mapper;

/** Deliberately wrong: MapStruct outside the adapters (for the architecture rules' own test). */
@Mapper
public interface ApplicationMapper {

    String map(Integer value);
}
