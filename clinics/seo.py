"""JSON-LD of clinics."""

from core.seo import SCHEMA


def medical_clinic(request, clinic):
    address = {
        "@type": "PostalAddress",
        "addressLocality": clinic.city,
        "addressCountry": clinic.country.code,
    }
    if clinic.address:
        address["streetAddress"] = clinic.address
    data = {
        "@context": SCHEMA,
        "@type": "MedicalClinic",
        "name": clinic.name,
        "url": request.build_absolute_uri(request.path),
        "address": address,
        "medicalSpecialty": [specialty.name for specialty in clinic.specialties.all()],
    }
    if clinic.short_description:
        data["description"] = clinic.short_description
    if clinic.logo:
        data["logo"] = request.build_absolute_uri(clinic.logo.url)
    if clinic.website:
        data["sameAs"] = [clinic.website]
    return data
