namespace Storefront.Services;

public enum StorefrontFlags
{
    Checkout,
    Wishlist,
}
